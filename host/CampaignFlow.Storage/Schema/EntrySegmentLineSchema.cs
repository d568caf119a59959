namespace CampaignFlow.Storage.Schema;

/// <summary>
/// Step 4: interaction log entries keep the segment line they were logged from (<c>SegmentLineNo</c>), so Log Segment can
/// write the entries and their delivery rows with one statement each instead of a round trip per line. Entries logged
/// before this step have none. The DDL is frozen here, as EF Core 10 generates it for each provider (a test compares).
/// </summary>
public static class EntrySegmentLineSchema
{
    public const string Table = "InteractionLogEntries";
    public const string Column = "SegmentLineNo";

    public static Task ApplyAsync(CampaignFlowDbContext db, CancellationToken cancellationToken) => ProviderScript.ApplyAsync(db, ScriptFor, cancellationToken);

    /// <summary>The step's DDL for an EF Core provider name.</summary>
    public static string ScriptFor(string? providerName) => ProviderScript.For(providerName,
        sqlite: """ALTER TABLE "InteractionLogEntries" ADD "SegmentLineNo" INTEGER NULL;""",
        postgreSql: """ALTER TABLE "InteractionLogEntries" ADD "SegmentLineNo" integer;""",
        "the interaction entries' segment line column");
}
