using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignFlow.Storage.Configurations;

internal sealed class SegmentConfiguration :
    IEntityTypeConfiguration<Segment>,
    IEntityTypeConfiguration<SegmentLine>,
    IEntityTypeConfiguration<SegmentCriteriaAction>,
    IEntityTypeConfiguration<SegmentHistoryEntry>,
    IEntityTypeConfiguration<SavedSegmentCriteria>,
    IEntityTypeConfiguration<SavedSegmentCriteriaAction>
{
    public void Configure(EntityTypeBuilder<Segment> b)
    {
        b.HasKey(x => x.No);
        b.Property(x => x.No).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(100);
        b.Property(x => x.SubjectDefault).HasMaxLength(100);
        b.Property(x => x.CorrespondenceTypeDefault).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.InformationFlow).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.InitiatedBy).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.UnitCost).HasPrecision(18, 4);
        b.Property(x => x.UnitDurationMin).HasPrecision(18, 4);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.SegmentNo).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.CampaignNo);
    }

    public void Configure(EntityTypeBuilder<SegmentLine> b)
    {
        b.HasKey(x => new { x.SegmentNo, x.LineNo });
        b.Property(x => x.Subject).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(100);
        b.Property(x => x.CorrespondenceType).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.InformationFlow).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.InitiatedBy).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.CostLcy).HasPrecision(18, 4);
        b.Property(x => x.DurationMin).HasPrecision(18, 4);
        b.HasOne<Contact>().WithMany().HasForeignKey(x => x.ContactNo).OnDelete(DeleteBehavior.Restrict);
        // "Is this contact already in the segment?" and campaign target group building.
        b.HasIndex(x => new { x.SegmentNo, x.ContactNo });
        b.HasIndex(x => new { x.CampaignNo, x.CampaignTarget });
    }

    public void Configure(EntityTypeBuilder<SegmentCriteriaAction> b)
    {
        b.HasKey(x => new { x.SegmentNo, x.ActionNo });
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Segment>().WithMany().HasForeignKey(x => x.SegmentNo).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.Options);
    }

    public void Configure(EntityTypeBuilder<SegmentHistoryEntry> b)
    {
        b.HasKey(x => x.Id);
        // The snapshot columns mirror SegmentLine's, so Undo copies a deleted line back with one INSERT … SELECT.
        b.Property(x => x.Subject).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(100);
        b.Property(x => x.CorrespondenceType).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.InformationFlow).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.InitiatedBy).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.CostLcy).HasPrecision(18, 4);
        b.Property(x => x.DurationMin).HasPrecision(18, 4);
        b.HasIndex(x => new { x.SegmentNo, x.ActionNo, x.Inserted });
        b.HasOne<Segment>().WithMany().HasForeignKey(x => x.SegmentNo).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SavedSegmentCriteria> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(100);
        b.HasMany(x => x.Actions).WithOne().HasForeignKey(a => a.CriteriaCode).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SavedSegmentCriteriaAction> b)
    {
        b.HasKey(x => new { x.CriteriaCode, x.ActionNo });
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
