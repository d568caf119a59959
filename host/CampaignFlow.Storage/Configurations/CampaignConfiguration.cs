using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignFlow.Storage.Configurations;

internal sealed class CampaignConfiguration :
    IEntityTypeConfiguration<Campaign>,
    IEntityTypeConfiguration<CampaignEntry>,
    IEntityTypeConfiguration<CampaignTargetGroup>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.HasKey(x => x.No);
        b.Property(x => x.No).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(100);
        b.Property(x => x.StatusCode).HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<CampaignStatus>().WithMany().HasForeignKey(x => x.StatusCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Salesperson>().WithMany().HasForeignKey(x => x.SalespersonCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.TargetGroups).WithOne().HasForeignKey(t => t.CampaignNo).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.Activated);
    }

    public void Configure(EntityTypeBuilder<CampaignEntry> b)
    {
        b.HasKey(x => x.EntryNo);
        b.Property(x => x.EntryNo).ValueGeneratedOnAdd();
        b.Property(x => x.Description).HasMaxLength(100);
        b.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignNo).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CampaignNo, x.Canceled });
        b.HasIndex(x => x.RegisterNo);
    }

    public void Configure(EntityTypeBuilder<CampaignTargetGroup> b)
    {
        b.HasKey(x => new { x.CampaignNo, x.Type, x.No });
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.No).HasMaxLength(20);
        // Price lookups ask "which activated campaigns target this customer/contact?".
        b.HasIndex(x => new { x.Type, x.No });
    }
}
