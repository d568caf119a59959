using CampaignFlow.Storage.RuleSets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignFlow.Storage.Configurations;

/// <summary>The rule set tables, created by schema step 3 (<see cref="Schema.RuleSetSchema"/>): keep both in step.</summary>
internal sealed class RuleSetConfiguration : IEntityTypeConfiguration<StoredRuleSet>, IEntityTypeConfiguration<StoredRuleSetVersion>
{
    public void Configure(EntityTypeBuilder<StoredRuleSet> b)
    {
        b.ToTable(Schema.RuleSetSchema.RuleSetsTable);
        b.HasKey(x => x.WorkflowName);
        b.Property(x => x.WorkflowName).HasMaxLength(200);
        b.Property(x => x.Json).IsRequired();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.UpdatedBy).HasMaxLength(100).IsRequired();
        b.Property(x => x.ShippedFile).HasMaxLength(400);
        b.Property(x => x.ShippedHash).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<StoredRuleSetVersion> b)
    {
        b.ToTable(Schema.RuleSetSchema.VersionsTable);
        b.HasKey(x => new { x.WorkflowName, x.Version });
        b.Property(x => x.WorkflowName).HasMaxLength(200);
        b.Property(x => x.Json).IsRequired();
        b.Property(x => x.CreatedBy).HasMaxLength(100).IsRequired();
        b.Property(x => x.Reason).HasMaxLength(500).IsRequired();
        b.HasOne<StoredRuleSet>().WithMany().HasForeignKey(x => x.WorkflowName).OnDelete(DeleteBehavior.Cascade);
    }
}
