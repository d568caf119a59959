using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>Reuse Criteria: replays the actions saved under <see cref="Code"/> on this segment.</summary>
public sealed class ReuseCriteriaRequest : IApiRequest
{
    [Required(ErrorMessage = "is required (the segment version you read).")] public int? Version { get; init; }
    [Required(ErrorMessage = "is required."), StringLength(20)] public string? Code { get; init; }
}
