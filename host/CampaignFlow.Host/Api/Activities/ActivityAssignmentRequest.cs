using System.ComponentModel.DataAnnotations;
using CampaignFlow.Workflows.Hosting.Activities;

namespace CampaignFlow.Host.Api.Activities;

/// <summary>Assign an activity: to a campaign, segment, contact, salesperson or team, from a start date.</summary>
public sealed class ActivityAssignmentRequest : IApiRequest
{
    [Required(ErrorMessage = "is required (Campaign, Segment, Contact, Salesperson or Team).")] public AssignmentTargetKind? Target { get; init; }
    [Required(ErrorMessage = "is required."), StringLength(20)] public string? TargetCode { get; init; }
    [Required(ErrorMessage = "is required.")] public DateOnly? StartDate { get; init; }
    [StringLength(20)] public string? CampaignNo { get; init; }
    [StringLength(20)] public string? SalespersonCode { get; init; }
}
