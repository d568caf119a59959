using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>Reuse Segment: adds the contacts of a logged segment.</summary>
public sealed class ReuseSegmentRequest : IApiRequest
{
    [Required(ErrorMessage = "is required (the segment version you read).")] public int? Version { get; init; }
    [Required(ErrorMessage = "is required.")] public int? LoggedSegmentEntryNo { get; init; }
}
