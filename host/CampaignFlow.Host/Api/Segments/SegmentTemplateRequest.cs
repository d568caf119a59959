using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>Sets (or clears, with null) the interaction template; its defaults flow to the header and every line.</summary>
public sealed class SegmentTemplateRequest : IApiRequest
{
    [Required(ErrorMessage = "is required (the segment version you read).")] public int? Version { get; init; }
    [StringLength(20)] public string? TemplateCode { get; init; }
}
