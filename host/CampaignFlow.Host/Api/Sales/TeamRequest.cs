using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Sales;

public sealed class TeamRequest : IApiRequest
{
    [Required(ErrorMessage = "is required."), StringLength(20, ErrorMessage = "is longer than 20 characters.")] public string? Code { get; init; }
    [Required(ErrorMessage = "is required."), StringLength(50, ErrorMessage = "is longer than 50 characters.")] public string? Name { get; init; }
    /// <summary>Salesperson codes of the members.</summary>
    public IReadOnlyList<string>? Members { get; init; }
}
