using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Campaigns;

/// <summary>
/// Create or edit a campaign: description, dates, salesperson. There is deliberately no status field: a
/// campaign's status changes only through its workflow, so a body naming one is refused as an unknown field.
/// </summary>
public sealed class CampaignRequest : IApiRequest
{
    [Required(ErrorMessage = "is required."), StringLength(100, ErrorMessage = "is longer than 100 characters.")] public string? Description { get; init; }
    public DateOnly? StartingDate { get; init; }
    public DateOnly? EndingDate { get; init; }
    [StringLength(20)] public string? SalespersonCode { get; init; }
    /// <summary>On edit: the version read; when it no longer matches, the edit is refused with 409.</summary>
    public int? Version { get; init; }
}
