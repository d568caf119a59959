using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Storage.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignFlow.Storage.Configurations;

internal sealed class WorkflowConfiguration :
    IEntityTypeConfiguration<StoredWorkflowDefinition>,
    IEntityTypeConfiguration<StoredWorkflowInstance>,
    IEntityTypeConfiguration<StoredWorkflowTransition>,
    IEntityTypeConfiguration<StoredWorkflowTimer>,
    IEntityTypeConfiguration<StoredWorkflowIncident>,
    IEntityTypeConfiguration<StoredWorkflowUnhandledEvent>
{
    public void Configure(EntityTypeBuilder<StoredWorkflowDefinition> b)
    {
        b.ToTable("WorkflowDefinitions");
        b.HasKey(x => new { x.WorkflowId, x.Version });
        b.Property(x => x.WorkflowId).HasMaxLength(100);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Source).HasMaxLength(260);
        b.Property(x => x.ContentHash).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<StoredWorkflowInstance> b)
    {
        b.ToTable("WorkflowInstances");
        b.HasKey(x => x.Id);
        b.Property(x => x.CampaignNo).HasMaxLength(20);
        b.Property(x => x.WorkflowId).HasMaxLength(100);
        b.Property(x => x.State).HasMaxLength(20);
        b.Property(x => x.Status).HasMaxLength(12);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignNo).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StoredWorkflowDefinition>().WithMany().HasForeignKey(x => new { x.WorkflowId, x.WorkflowVersion }).OnDelete(DeleteBehavior.Restrict);
        // At most one live instance of a workflow per campaign, even when two hosts start it at the same moment.
        b.HasIndex(x => new { x.CampaignNo, x.WorkflowId }).IsUnique().HasFilter("\"Status\" IN ('Created', 'Running')").HasDatabaseName("UX_WorkflowInstances_Live");
        b.HasIndex(x => x.CampaignNo);
        b.HasMany(x => x.History).WithOne().HasForeignKey(h => h.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Timers).WithOne().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Incidents).WithOne().HasForeignKey(i => i.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.UnhandledEvents).WithOne().HasForeignKey(u => u.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<StoredWorkflowTransition> b)
    {
        b.ToTable("WorkflowHistory");
        b.HasKey(x => new { x.InstanceId, x.Seq });
        b.Property(x => x.FromState).HasMaxLength(20);
        b.Property(x => x.ToState).HasMaxLength(20);
        b.Property(x => x.Kind).HasMaxLength(8);
    }

    public void Configure(EntityTypeBuilder<StoredWorkflowTimer> b)
    {
        b.ToTable("WorkflowTimers");
        b.HasKey(x => x.Id);
        b.Property(x => x.State).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(100);
        b.HasIndex(x => x.InstanceId);
    }

    public void Configure(EntityTypeBuilder<StoredWorkflowIncident> b)
    {
        b.ToTable("WorkflowIncidents");
        b.HasKey(x => x.Id);
        b.Property(x => x.State).HasMaxLength(20);
        b.Property(x => x.Step).HasMaxLength(100);
        b.Property(x => x.TriggerKind).HasMaxLength(8);
        b.Property(x => x.TriggerEvent).HasMaxLength(100);
        b.HasIndex(x => x.InstanceId);
    }

    public void Configure(EntityTypeBuilder<StoredWorkflowUnhandledEvent> b)
    {
        b.ToTable("WorkflowUnhandledEvents");
        b.HasKey(x => new { x.InstanceId, x.Seq });
        b.Property(x => x.State).HasMaxLength(20);
        b.Property(x => x.EventName).HasMaxLength(120);
    }
}
