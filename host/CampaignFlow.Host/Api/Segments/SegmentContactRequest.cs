using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>Adds one contact by hand (an action: Undo removes it).</summary>
public sealed class SegmentContactRequest : IApiRequest
{
    [Required(ErrorMessage = "is required (the segment version you read).")] public int? Version { get; init; }
    [Required(ErrorMessage = "is required."), StringLength(20)] public string? ContactNo { get; init; }
    public bool AllowExisting { get; init; }
}
