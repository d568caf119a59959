using System.ComponentModel.DataAnnotations;
using CampaignFlow.Domain.Segments;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>Preview: how many lines Add would insert or Reduce / Refine would delete right now.</summary>
public sealed class SegmentPreviewRequest : IApiRequest
{
    [Required(ErrorMessage = "is required (Add, Reduce or Refine).")] public SegmentActionKind? Kind { get; init; }
    public SegmentFilterBody? Filter { get; init; }
    public SegmentOptionsBody? Options { get; init; }
}
