using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>Save Criteria under a code (the segment is not changed, so no version).</summary>
public sealed class SaveCriteriaRequest : IApiRequest
{
    [Required(ErrorMessage = "is required."), StringLength(20, ErrorMessage = "is longer than 20 characters.")] public string? Code { get; init; }
    [StringLength(100, ErrorMessage = "is longer than 100 characters.")] public string? Description { get; init; }
    public bool ReplaceExisting { get; init; }
}
