using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>Links the segment to a campaign (null unlinks) as target and/or response; the lines follow unless <see cref="UpdateLines"/> is false.</summary>
public sealed class SegmentLinkRequest : IApiRequest
{
    [Required(ErrorMessage = "is required (the segment version you read).")] public int? Version { get; init; }
    [StringLength(20)] public string? CampaignNo { get; init; }
    public bool CampaignTarget { get; init; }
    public bool CampaignResponse { get; init; }
    public bool UpdateLines { get; init; } = true;
}
