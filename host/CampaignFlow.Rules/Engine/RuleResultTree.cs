using CampaignFlow.Rules.Model;

namespace CampaignFlow.Rules.Engine;

/// <summary>The outcome of one rule, as RulesEngine reports it: success, child results, action output, messages.</summary>
public sealed class RuleResultTree
{
    public required Rule Rule { get; init; }

    public bool IsSuccess { get; init; }

    /// <summary>Results of nested rules (Operator rules); null for a leaf rule.</summary>
    public IReadOnlyList<RuleResultTree>? ChildResults { get; init; }

    public IReadOnlyDictionary<string, object?> Inputs { get; init; } = new Dictionary<string, object?>();

    /// <summary>The OnSuccess/OnFailure action's result, when the rule has one.</summary>
    public ActionResult? ActionResult { get; init; }

    /// <summary>
    /// Why the rule did not hold: its ErrorMessage (placeholders filled in) when it evaluated to false, or the
    /// compile or run-time error when it could not be evaluated.
    /// </summary>
    public string? ExceptionMessage { get; init; }

    /// <summary>The rule's SuccessEvent when it held; null otherwise.</summary>
    public string? SuccessEvent => IsSuccess ? Rule.SuccessEvent : null;
}
