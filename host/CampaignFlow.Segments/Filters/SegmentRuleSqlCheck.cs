using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Filters;
using CampaignFlow.Rules.Model;
using CampaignFlow.Rules.Tools;
using CampaignFlow.Storage;
using CampaignFlow.Storage.RuleSets;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Segments.Filters;

/// <summary>
/// Before a "Segments.*" rule set is stored: every enabled rule, as the filter a segment action runs, must translate to
/// SQL on this store's database (no client-side evaluation), so a segment action never fails on a stored rule.
/// </summary>
public sealed class SegmentRuleSqlCheck(RuleFilterCompiler compiler, IDbContextFactory<CampaignFlowDbContext> contexts) : IRuleSetCheck
{
    public IReadOnlyList<RuleDiagnostic> Check(RuleWorkflow workflow, string source)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        if (!workflow.WorkflowName.StartsWith(RuleFileValidator.SegmentPrefix, StringComparison.Ordinal)) return [];
        var problems = new List<RuleDiagnostic>();
        using var db = contexts.CreateDbContext();
        foreach (var rule in workflow.Rules.Where(r => r.Enabled))
        {
            try
            {
                _ = SegmentQueries.Matching(db, compiler.CompileContactFilter(workflow, rule.RuleName)).ToQueryString();
            }
            catch (RuleCompilationException ex)
            {
                problems.Add(new RuleDiagnostic(source, workflow.WorkflowName, rule.RuleName, $"as a database filter over 'contact': {ex.Reason}", null, null, ex.Column, ex.Expression));
            }
            catch (InvalidOperationException ex)
            {
                problems.Add(new RuleDiagnostic(source, workflow.WorkflowName, rule.RuleName,
                    $"cannot be translated to SQL, so it cannot filter a segment in the database: {ex.Message.Split('\n')[0]}", null, null, 1, rule.Expression));
            }
        }
        return problems;
    }
}
