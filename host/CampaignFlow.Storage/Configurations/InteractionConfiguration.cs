using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CampaignFlow.Storage.Configurations;

internal sealed class InteractionConfiguration :
    IEntityTypeConfiguration<InteractionTemplate>,
    IEntityTypeConfiguration<InteractionTemplateContent>,
    IEntityTypeConfiguration<InteractionLogEntry>,
    IEntityTypeConfiguration<LoggedSegment>,
    IEntityTypeConfiguration<Delivery>
{
    private static readonly ValueConverter<DateTimeOffset, long> UnixMilliseconds =
        new(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));

    public void Configure(EntityTypeBuilder<InteractionTemplate> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(100);
        b.Property(x => x.UnitCost).HasPrecision(18, 4);
        b.Property(x => x.UnitDurationMin).HasPrecision(18, 4);
        b.Property(x => x.InformationFlow).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.InitiatedBy).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.CorrespondenceTypeDefault).HasConversion<string>().HasMaxLength(10);
        b.HasOne<InteractionGroup>().WithMany().HasForeignKey(x => x.InteractionGroupCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Contents).WithOne().HasForeignKey(c => c.TemplateCode).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<InteractionTemplateContent> b)
    {
        b.HasKey(x => new { x.TemplateCode, x.LanguageCode });
        b.Property(x => x.LanguageCode).HasMaxLength(10);
        b.Property(x => x.Subject).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<InteractionLogEntry> b)
    {
        b.HasKey(x => x.EntryNo);
        b.Property(x => x.EntryNo).ValueGeneratedOnAdd();
        b.Property(x => x.Description).HasMaxLength(100);
        b.Property(x => x.Subject).HasMaxLength(200);
        b.Property(x => x.Cost).HasPrecision(18, 4);
        b.Property(x => x.DurationMin).HasPrecision(18, 4);
        b.Property(x => x.InformationFlow).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.InitiatedBy).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.CorrespondenceType).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.DeliveryStatus).HasConversion<string>().HasMaxLength(12);
        b.HasIndex(x => x.ContactNo);
        // For rules over contact.Interactions only: no constraint in the database (see InitialSchema.ModelOnlyForeignKeys),
        // so stores created before it and new ones have the same tables, and nothing cascades.
        b.HasOne<Contact>().WithMany(c => c.Interactions).HasForeignKey(x => x.ContactNo).OnDelete(DeleteBehavior.ClientNoAction)
            .HasConstraintName(Schema.InitialSchema.InteractionContactKey);
        b.HasIndex(x => x.LoggedSegmentEntryNo);
        b.HasIndex(x => x.CampaignEntryNo);
        // Campaign statistics (CampaignFlow.Campaigns) read only these columns of a campaign's entries: the index
        // covers them, so a million-entry campaign is one index range scan without table lookups; Date follows the
        // flags so a date filter narrows the range.
        b.HasIndex(x => new
        {
            x.CampaignNo, x.Canceled, x.Postponed, x.Date, x.CampaignTarget, x.CampaignResponse, x.Cost, x.DurationMin,
            x.SegmentNo, x.CorrespondenceType, x.DeliveryStatus,
        }).HasDatabaseName("IX_InteractionLogEntries_CampaignStatistics");
    }

    public void Configure(EntityTypeBuilder<LoggedSegment> b)
    {
        b.HasKey(x => x.EntryNo);
        b.Property(x => x.EntryNo).ValueGeneratedOnAdd();
        b.Property(x => x.Description).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<Delivery> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.CorrespondenceType).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(12);
        b.Ignore(x => x.Key);
        // The idempotency key: one delivery per logged segment line, ever.
        b.HasIndex(x => new { x.LoggedSegmentEntryNo, x.LineNo }).IsUnique();
        b.HasIndex(x => new { x.State, x.NextAttemptAt });
        // "Is any row of this batch (logged segment, correspondence type) still open?" after each claimed group: one index
        // probe. Without it the answer visited every open row of the outbox (schema step 5).
        b.HasIndex(x => new { x.LoggedSegmentEntryNo, x.CorrespondenceType, x.State }).HasDatabaseName(Schema.DeliveryBatchIndexSchema.Index);
        // Stored as UTC Unix milliseconds: SQLite cannot compare DateTimeOffset text, and workers claim rows by time.
        b.Property(x => x.NextAttemptAt).HasConversion(UnixMilliseconds);
        b.Property(x => x.ClaimedAt).HasConversion(UnixMilliseconds);
        b.Property(x => x.CompletedAt).HasConversion(UnixMilliseconds);
        b.Property(x => x.ClaimedBy).HasMaxLength(100);
        b.HasIndex(x => x.ClaimedBy);
        b.HasIndex(x => x.InteractionEntryNo);
    }
}
