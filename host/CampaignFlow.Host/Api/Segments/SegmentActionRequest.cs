using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>Add / Reduce / Refine: the version read, the filter and the options.</summary>
public sealed class SegmentActionRequest : IApiRequest
{
    [Required(ErrorMessage = "is required (the segment version you read).")] public int? Version { get; init; }
    public SegmentFilterBody? Filter { get; init; }
    public SegmentOptionsBody? Options { get; init; }
}
