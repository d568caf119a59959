namespace CampaignFlow.Domain.Segments;

/// <summary>
/// One recorded action on a segment, in order: what was done, with which options and which filter.
/// The filter is either a stored rule set (workflow + rule name) or an inline expression over <c>contact</c>.
/// </summary>
public sealed class SegmentCriteriaAction
{
    public string SegmentNo { get; set; } = "";
    /// <summary>1, 2, 3 … in the order the actions were applied.</summary>
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
    /// <summary>For hand actions: the contact; for Reuse Segment: the logged segment entry no.</summary>
    public string? Reference { get; set; }
    public int NoOfLinesAffected { get; set; }

    public SegmentActionOptions Options
    {
        get => new()
        {
            ExpandCompanies = ExpandCompanies,
            AllowRelatedCompanies = AllowRelatedCompanies,
            IgnoreExclusion = IgnoreExclusion,
            AllowExistingContacts = AllowExistingContacts,
            EntireCompanies = EntireCompanies,
        };
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            ExpandCompanies = value.ExpandCompanies;
            AllowRelatedCompanies = value.AllowRelatedCompanies;
            IgnoreExclusion = value.IgnoreExclusion;
            AllowExistingContacts = value.AllowExistingContacts;
            EntireCompanies = value.EntireCompanies;
        }
    }
}
