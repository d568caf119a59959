namespace CampaignFlow.Storage.RuleSets;

/// <summary>What the start-up import did, by workflow name: created, updated (new version), unchanged, kept (edited in the store), refused (with why).</summary>
public sealed record RuleSetImportResult(
    IReadOnlyList<string> Created, IReadOnlyList<string> Updated, IReadOnlyList<string> Unchanged, IReadOnlyList<string> KeptEdited, IReadOnlyList<string> Refused);
