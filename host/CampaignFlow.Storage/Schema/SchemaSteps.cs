namespace CampaignFlow.Storage.Schema;

/// <summary>
/// The store's schema history. EF Core's design-time tools are not on our package feed, so the migrations
/// are CampaignFlow's own: step 1 creates the model with EF's provider-specific DDL, minus what later steps create
/// (<see cref="InitialSchema.LaterTables"/>, <see cref="InitialSchema.LaterColumns"/>, <see cref="InitialSchema.LaterIndexes"/>); every later
/// change to a released schema is a new step appended here (never an edit of an earlier one).
/// </summary>
public static class SchemaSteps
{
    public static IReadOnlyList<SchemaStep> All { get; } =
    [
        new(1, "Initial schema", InitialSchema.ApplyAsync),
        new(2, "Quartz.NET job store tables (workflow timers)", QuartzSchema.ApplyAsync),
        new(3, "Rule sets and their version history", RuleSetSchema.ApplyAsync),
        new(4, "Interaction log entries keep their segment line", EntrySegmentLineSchema.ApplyAsync),
        new(5, "Outbox rows indexed by batch and state", DeliveryBatchIndexSchema.ApplyAsync),
    ];

    public static int Latest => All[^1].Version;
}
