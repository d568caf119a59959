namespace CampaignFlow.Domain.Segments;

/// <summary>One saved action, with everything needed to replay it — including Refine's Entire Companies, which BC drops.</summary>
public sealed class SavedSegmentCriteriaAction
{
    public string CriteriaCode { get; set; } = "";
    public int ActionNo { get; set; }
    public SegmentActionKind Kind { get; set; }
    public bool ExpandCompanies { get; set; }
    public bool AllowRelatedCompanies { get; set; }
    public bool IgnoreExclusion { get; set; }
    public bool AllowExistingContacts { get; set; }
    public bool EntireCompanies { get; set; }
    public string? RuleWorkflow { get; set; }
    public string? RuleName { get; set; }
    public string? Expression { get; set; }
    public string? Reference { get; set; }
}
