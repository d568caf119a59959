using CampaignFlow.Domain;
using CampaignFlow.Domain.Activities;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Pricing;
using CampaignFlow.Domain.Sales;
using CampaignFlow.Domain.Security;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Storage.RuleSets;
using CampaignFlow.Storage.Workflows;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Storage;

/// <summary>
/// The one database-neutral context: the same model on SQLite and PostgreSQL; the provider is chosen by
/// configuration when the context is registered (<see cref="StorageServiceCollectionExtensions"/>).
/// </summary>
public class CampaignFlowDbContext(DbContextOptions<CampaignFlowDbContext> options) : DbContext(options)
{
    public DbSet<NumberSeries> NumberSeries => Set<NumberSeries>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<ContactJobResponsibility> ContactJobResponsibilities => Set<ContactJobResponsibility>();
    public DbSet<ContactMailingGroup> ContactMailingGroups => Set<ContactMailingGroup>();
    public DbSet<ContactIndustryGroup> ContactIndustryGroups => Set<ContactIndustryGroup>();
    public DbSet<ContactBusinessRelation> ContactBusinessRelations => Set<ContactBusinessRelation>();
    public DbSet<JobResponsibility> JobResponsibilities => Set<JobResponsibility>();
    public DbSet<MailingGroup> MailingGroups => Set<MailingGroup>();
    public DbSet<IndustryGroup> IndustryGroups => Set<IndustryGroup>();
    public DbSet<BusinessRelation> BusinessRelations => Set<BusinessRelation>();
    public DbSet<Language> Languages => Set<Language>();
    public DbSet<Salesperson> Salespeople => Set<Salesperson>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Item> Items => Set<Item>();
    public DbSet<CampaignStatus> CampaignStatuses => Set<CampaignStatus>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignEntry> CampaignEntries => Set<CampaignEntry>();
    public DbSet<CampaignTargetGroup> CampaignTargetGroups => Set<CampaignTargetGroup>();
    public DbSet<Segment> Segments => Set<Segment>();
    public DbSet<SegmentLine> SegmentLines => Set<SegmentLine>();
    public DbSet<SegmentCriteriaAction> SegmentCriteriaActions => Set<SegmentCriteriaAction>();
    public DbSet<SegmentHistoryEntry> SegmentHistory => Set<SegmentHistoryEntry>();
    public DbSet<SavedSegmentCriteria> SavedSegmentCriteria => Set<SavedSegmentCriteria>();
    public DbSet<SavedSegmentCriteriaAction> SavedSegmentCriteriaActions => Set<SavedSegmentCriteriaAction>();
    public DbSet<InteractionGroup> InteractionGroups => Set<InteractionGroup>();
    public DbSet<InteractionTemplate> InteractionTemplates => Set<InteractionTemplate>();
    public DbSet<InteractionTemplateContent> InteractionTemplateContents => Set<InteractionTemplateContent>();
    public DbSet<InteractionLogEntry> InteractionLogEntries => Set<InteractionLogEntry>();
    public DbSet<LoggedSegment> LoggedSegments => Set<LoggedSegment>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivityStep> ActivitySteps => Set<ActivityStep>();
    public DbSet<SalesTask> Tasks => Set<SalesTask>();
    public DbSet<CampaignSalesPrice> CampaignSalesPrices => Set<CampaignSalesPrice>();
    public DbSet<CampaignLineDiscount> CampaignLineDiscounts => Set<CampaignLineDiscount>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<StoredWorkflowDefinition> WorkflowDefinitions => Set<StoredWorkflowDefinition>();
    public DbSet<StoredWorkflowInstance> WorkflowInstances => Set<StoredWorkflowInstance>();
    public DbSet<StoredWorkflowTransition> WorkflowHistory => Set<StoredWorkflowTransition>();
    public DbSet<StoredWorkflowTimer> WorkflowTimers => Set<StoredWorkflowTimer>();
    public DbSet<StoredWorkflowIncident> WorkflowIncidents => Set<StoredWorkflowIncident>();
    public DbSet<StoredWorkflowUnhandledEvent> WorkflowUnhandledEvents => Set<StoredWorkflowUnhandledEvent>();
    public DbSet<StoredRuleSet> RuleSets => Set<StoredRuleSet>();
    public DbSet<StoredRuleSetVersion> RuleSetVersions => Set<StoredRuleSetVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CampaignFlowDbContext).Assembly);
        // The model-only key of contact.Interactions would give ContactNo the contact No.'s length on PostgreSQL; the
        // column stays the "text" step 1 created (SQLite has no lengths).
        if (Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
            modelBuilder.Entity<InteractionLogEntry>().Property(x => x.ContactNo).HasColumnType("text");
    }

    /// <summary>Validates every added or changed record before anything is written, and bumps concurrency versions.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && ConstraintViolations.Translate(ex) is { } domain)
        {
            throw domain;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && ConstraintViolations.Translate(ex) is { } domain)
        {
            throw domain;
        }
    }

    private void PrepareForSave()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            if (entry.Entity is IValidatable validatable) validatable.Validate();
            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty("Version") is { IsConcurrencyToken: true })
            {
                var version = entry.Property("Version");
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }
    }
}
