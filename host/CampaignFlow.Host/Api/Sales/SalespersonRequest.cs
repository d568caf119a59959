using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Sales;

public sealed class SalespersonRequest : IApiRequest
{
    [Required(ErrorMessage = "is required."), StringLength(20, ErrorMessage = "is longer than 20 characters.")] public string? Code { get; init; }
    [Required(ErrorMessage = "is required."), StringLength(50, ErrorMessage = "is longer than 50 characters.")] public string? Name { get; init; }
    [StringLength(80)] public string? Email { get; init; }
    [StringLength(30)] public string? PhoneNo { get; init; }
    public bool? Blocked { get; init; }
}
