using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Activities;

/// <summary>An activity and its steps. On POST the code is in the body; on PUT it comes from the route (a body code must match).</summary>
public sealed class ActivityRequest : IApiRequest
{
    [StringLength(10, ErrorMessage = "is longer than 10 characters.")] public string? Code { get; init; }
    [Required(ErrorMessage = "is required."), StringLength(100, ErrorMessage = "is longer than 100 characters.")] public string? Description { get; init; }
    public IReadOnlyList<ActivityStepRequest> Steps { get; init; } = [];
}
