namespace CampaignFlow.Domain.Segments;

/// <summary>The options of an Add / Reduce / Refine action, as BC's request pages have them.</summary>
public sealed record SegmentActionOptions
{
    public bool ExpandCompanies { get; init; }
    public bool AllowRelatedCompanies { get; init; }
    public bool IgnoreExclusion { get; init; }
    public bool AllowExistingContacts { get; init; }
    /// <summary>Reduce / Refine: test and remove or keep whole companies together.</summary>
    public bool EntireCompanies { get; init; }

    public static SegmentActionOptions None { get; } = new();
}
