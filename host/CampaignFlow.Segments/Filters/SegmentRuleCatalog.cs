using System.Collections.Concurrent;
using CampaignFlow.Domain;
using CampaignFlow.Rules;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Loading;
using CampaignFlow.Rules.Model;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Segments.Filters;

/// <summary>
/// The segment rule sets by workflow name: the shipped files under &lt;RulesDirectory&gt;/segments/ (read once, on
/// first use) plus any added at run time (a rule set saved from the UI replaces the shipped one of that name).
/// </summary>
public sealed class SegmentRuleCatalog
{
    private readonly ConcurrentDictionary<string, RuleWorkflow> _workflows = new(StringComparer.Ordinal);
    private readonly Lazy<bool> _loaded;

    public SegmentRuleCatalog(IOptions<RulesOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = Path.Combine(options.Value.RulesDirectory, "segments");
        _loaded = new Lazy<bool>(() => LoadDirectory(directory));
    }

    public SegmentRuleCatalog(IEnumerable<RuleWorkflow> workflows)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        _loaded = new Lazy<bool>(true);
        foreach (var workflow in workflows) AddOrUpdate(workflow);
    }

    public IReadOnlyList<string> Names => [.. All.Keys.Order(StringComparer.Ordinal)];

    public void AddOrUpdate(RuleWorkflow workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        _ = _loaded.Value;
        _workflows[workflow.WorkflowName] = workflow;
    }

    public RuleWorkflow? Find(string workflowName) => All.GetValueOrDefault(workflowName);

    private ConcurrentDictionary<string, RuleWorkflow> All
    {
        get
        {
            _ = _loaded.Value;
            return _workflows;
        }
    }

    private bool LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory)) return true;
        try
        {
            foreach (var file in RuleFileLoader.LoadDirectory(directory))
                foreach (var workflow in file.Workflows) _workflows.TryAdd(workflow.WorkflowName, workflow);
        }
        catch (RuleLoadException ex)
        {
            throw new DomainException("Segment rules", directory, null, ex.Message);
        }
        return true;
    }
}
