using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Campaigns;

public sealed class CampaignStatusRequest : IApiRequest
{
    [Required(ErrorMessage = "is required."), StringLength(20, ErrorMessage = "is longer than 20 characters.")] public string? Code { get; init; }
    [Required(ErrorMessage = "is required."), StringLength(100, ErrorMessage = "is longer than 100 characters.")] public string? Description { get; init; }
}
