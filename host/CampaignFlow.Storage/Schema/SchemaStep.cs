namespace CampaignFlow.Storage.Schema;

/// <summary>One versioned change to the store's schema, applied once, in order, inside a transaction.</summary>
public sealed record SchemaStep(int Version, string Description, Func<CampaignFlowDbContext, CancellationToken, Task> ApplyAsync);
