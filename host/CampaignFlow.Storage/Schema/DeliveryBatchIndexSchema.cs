namespace CampaignFlow.Storage.Schema;

/// <summary>
/// Step 5: the outbox rows indexed by batch (logged segment, correspondence type) and state, so a delivery worker learns
/// whether a batch still has open rows with one index probe. The DDL is frozen here, as EF Core 10 generates it for each
/// provider (a test compares).
/// </summary>
public static class DeliveryBatchIndexSchema
{
    public const string Index = "IX_Deliveries_Batch_State";

    public static Task ApplyAsync(CampaignFlowDbContext db, CancellationToken cancellationToken) => ProviderScript.ApplyAsync(db, ScriptFor, cancellationToken);

    /// <summary>The step's DDL for an EF Core provider name (the same on both).</summary>
    public static string ScriptFor(string? providerName) => ProviderScript.For(providerName, Script, Script, "the outbox's batch index");

    private const string Script = """CREATE INDEX "IX_Deliveries_Batch_State" ON "Deliveries" ("LoggedSegmentEntryNo", "CorrespondenceType", "State");""";
}
