using CampaignFlow.Domain;
using CampaignFlow.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignFlow.Storage.Configurations;

internal sealed class SalesConfiguration :
    IEntityTypeConfiguration<Salesperson>,
    IEntityTypeConfiguration<Team>,
    IEntityTypeConfiguration<TeamMember>,
    IEntityTypeConfiguration<Customer>,
    IEntityTypeConfiguration<Item>,
    IEntityTypeConfiguration<NumberSeries>
{
    public void Configure(EntityTypeBuilder<Salesperson> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Email).HasMaxLength(80);
        b.Property(x => x.PhoneNo).HasMaxLength(30);
    }

    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(50);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.TeamCode).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<TeamMember> b)
    {
        b.HasKey(x => new { x.TeamCode, x.SalespersonCode });
        b.HasOne<Salesperson>().WithMany().HasForeignKey(x => x.SalespersonCode).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Customer> b)
    {
        b.HasKey(x => x.No);
        b.Property(x => x.No).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<Item> b)
    {
        b.HasKey(x => x.No);
        b.Property(x => x.No).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(100);
        b.Property(x => x.UnitPrice).HasPrecision(18, 4);
    }

    public void Configure(EntityTypeBuilder<NumberSeries> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Prefix).HasMaxLength(10);
    }
}
