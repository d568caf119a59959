using CampaignFlow.Domain.Segments;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>The action options (Add: the first four; Reduce / Refine: Entire Companies).</summary>
public sealed class SegmentOptionsBody
{
    public bool ExpandCompanies { get; init; }
    public bool AllowRelatedCompanies { get; init; }
    public bool IgnoreExclusion { get; init; }
    public bool AllowExistingContacts { get; init; }
    public bool EntireCompanies { get; init; }

    public static SegmentActionOptions ToOptions(SegmentOptionsBody? body) => body is null ? SegmentActionOptions.None : new()
    {
        ExpandCompanies = body.ExpandCompanies, AllowRelatedCompanies = body.AllowRelatedCompanies, IgnoreExclusion = body.IgnoreExclusion,
        AllowExistingContacts = body.AllowExistingContacts, EntireCompanies = body.EntireCompanies,
    };
}
