using CampaignFlow.Domain.Contacts;
using CampaignFlow.Rules.Engine;
using CampaignFlow.Rules.Facts;

namespace CampaignFlow.Rules;

/// <summary>Settings of the rules component: limits, helper functions, fact maps and known input types.</summary>
public sealed class RulesOptions
{
    public RulesOptions()
    {
        Facts.Add(ContactFacts.Map);
        Facts.Add(InteractionFacts.Map);
        Inputs["contact"] = typeof(Contact);
        WorkflowInputs["Segments."] = new Dictionary<string, Type>(StringComparer.Ordinal) { ["contact"] = typeof(Contact) };
    }

    public const string SectionName = "Rules";

    /// <summary>Longest expression accepted, in characters.</summary>
    public int MaxExpressionLength { get; set; } = 4000;

    /// <summary>Deepest nesting of parentheses, calls and unary operators accepted.</summary>
    public int MaxNestingDepth { get; set; } = 64;

    /// <summary>How deep EvaluateRule actions may chain before the engine stops them.</summary>
    public int MaxActionDepth { get; set; } = 8;

    /// <summary>Folder of the shipped rule files (imported at start by the host).</summary>
    public string RulesDirectory { get; set; } = "rules";

    public RuleFunctionRegistry Functions { get; } = new();

    public FactRegistry Facts { get; } = new();

    /// <summary>
    /// Input names with a known type (e.g. contact → Contact), used by the validator and the tester.
    /// Names of the form input1, input2 … are left untyped (typed from their JSON shape when given).
    /// </summary>
    public Dictionary<string, Type> Inputs { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Input types by workflow-name prefix, e.g. "Segments." → contact: Contact; the host adds
    /// "Discounts." → customer, contact, line, campaign (the eligibility inputs). The longest matching prefix wins.
    /// </summary>
    public Dictionary<string, Dictionary<string, Type>> WorkflowInputs { get; } = new(StringComparer.Ordinal);

    /// <summary>The typed inputs of a workflow: those of its longest matching prefix, else <see cref="Inputs"/>.</summary>
    public IReadOnlyDictionary<string, Type> InputsFor(string workflowName)
    {
        ArgumentNullException.ThrowIfNull(workflowName);
        return WorkflowInputs.Where(p => workflowName.StartsWith(p.Key, StringComparison.Ordinal))
            .OrderByDescending(p => p.Key.Length).Select(p => p.Value).FirstOrDefault() ?? Inputs;
    }
}
