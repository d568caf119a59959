using CampaignFlow.Segments.Filters;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>The filter of an action: a shipped rule (<c>workflow</c> + <c>rule</c>) or an inline <c>expression</c> over <c>contact</c>.</summary>
public sealed class SegmentFilterBody
{
    public string? Workflow { get; init; }
    public string? Rule { get; init; }
    public string? Expression { get; init; }

    /// <summary>Exactly one of the two forms; anything else is a 400 naming the field.</summary>
    public static SegmentFilter ToFilter(SegmentFilterBody? body, string field = "Filter")
    {
        if (body is null) throw new ApiValidationException(field, "is required: give {workflow, rule} or {expression}.");
        var hasRule = !string.IsNullOrWhiteSpace(body.Workflow) || !string.IsNullOrWhiteSpace(body.Rule);
        var hasExpression = !string.IsNullOrWhiteSpace(body.Expression);
        if (hasRule && hasExpression) throw new ApiValidationException(field, "give either {workflow, rule} or {expression}, not both.");
        if (hasExpression) return SegmentFilter.Inline(body.Expression!.Trim());
        if (string.IsNullOrWhiteSpace(body.Workflow)) throw new ApiValidationException(field + ".Workflow", "is required with a rule (or give an expression).");
        if (string.IsNullOrWhiteSpace(body.Rule)) throw new ApiValidationException(field + ".Rule", "is required with a workflow (or give an expression).");
        return SegmentFilter.Rule(body.Workflow.Trim(), body.Rule.Trim());
    }
}
