using CampaignFlow.Rules;
using CampaignFlow.Rules.Loading;

namespace CampaignFlow.Campaigns.Eligibility;

/// <summary>
/// Loads the discount eligibility workflow: the first workflow of the file is run, the file's other workflows are
/// available to it through WorkflowsToInject. No file → no rules (every campaign offer allowed, as in BC).
/// A file that cannot be read or checked throws RuleLoadException listing every problem (file, workflow, rule, line).
/// </summary>
public static class EligibilityRulesLoader
{
    public static IDiscountEligibility Load(string path, RulesOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) return new RuleSetEligibility($"(no rules file at {path})", []);
        return FromFile(RuleFileLoader.Load(path), options);
    }

    public static IDiscountEligibility Parse(string json, string source = "(text)", RulesOptions? options = null) =>
        FromFile(RuleFileLoader.Parse(json, source), options);

    private static RulesEngineEligibility FromFile(RuleFile file, RulesOptions? options) =>
        new(file.Source, file.Workflows[0], file.Workflows.Skip(1), options);
}
