using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignFlow.Storage.Configurations;

internal sealed class PricingConfiguration :
    IEntityTypeConfiguration<CampaignSalesPrice>,
    IEntityTypeConfiguration<CampaignLineDiscount>
{
    public void Configure(EntityTypeBuilder<CampaignSalesPrice> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.UnitPrice).HasPrecision(18, 4);
        b.Property(x => x.MinimumQuantity).HasPrecision(18, 4);
        b.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignNo).OnDelete(DeleteBehavior.Cascade);
        // Two definitions for the same item, unit, currency and quantity on one campaign would be ambiguous.
        b.HasIndex(x => new { x.CampaignNo, x.ItemNo, x.UnitOfMeasureCode, x.CurrencyCode, x.MinimumQuantity }).IsUnique();
        b.HasIndex(x => x.ItemNo);
    }

    public void Configure(EntityTypeBuilder<CampaignLineDiscount> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.LineDiscountPct).HasPrecision(9, 4);
        b.Property(x => x.MinimumQuantity).HasPrecision(18, 4);
        b.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignNo).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.CampaignNo, x.Type, x.Code, x.UnitOfMeasureCode, x.CurrencyCode, x.MinimumQuantity }).IsUnique();
        b.HasIndex(x => new { x.Type, x.Code });
    }
}
