using CampaignFlow.Rules;
using CampaignFlow.Storage.RuleSets;
using CampaignFlow.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Storage.Tests;

/// <summary>A rules folder in a temp dir and a <see cref="RuleSetStore"/> over a store; files written by the test.</summary>
public sealed class RuleSetWorld : IDisposable
{
    public RuleSetWorld(IDbContextFactory<CampaignFlowDbContext> contexts)
    {
        Contexts = contexts;
        Directory.CreateDirectory(Path.Combine(RulesDirectory, "segments"));
        Store = NewStore();
    }

    public string RulesDirectory { get; } = Path.Combine(Path.GetTempPath(), "cf-rules-" + Guid.NewGuid().ToString("N"));
    public IDbContextFactory<CampaignFlowDbContext> Contexts { get; }
    public FakeTimeProvider Clock { get; } = new();
    public RuleSetStore Store { get; }

    /// <summary>Another host's store over the same database (its own snapshot).</summary>
    public RuleSetStore NewStore() =>
        new(Contexts, Options.Create(new RulesOptions()), [], Options.Create(new RuleSetStoreOptions()), Clock, NullLogger<RuleSetStore>.Instance);

    public static string Segment(string name, string expression, string rule = "Match") => $$"""
        { "WorkflowName": "{{name}}", "Rules": [ { "RuleName": "{{rule}}", "SuccessEvent": "include", "Expression": {{System.Text.Json.JsonSerializer.Serialize(expression)}} } ] }
        """;

    public void Ship(string relativePath, string json) => File.WriteAllText(Path.Combine(RulesDirectory, relativePath), json);

    public Task<RuleSetImportResult> ImportAsync() => Store.ImportShippedAsync(RulesDirectory);

    public async Task<int> VersionRowsAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.RuleSetVersions.CountAsync();
    }

    public void Dispose()
    {
        try { Directory.Delete(RulesDirectory, recursive: true); }
        catch (IOException) { }
    }
}
