using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Pricing;

/// <summary>A campaign sales price. Its window is always the campaign's dates, so it has none of its own.</summary>
public sealed class SalesPriceRequest : IApiRequest
{
    [Required(ErrorMessage = "is required."), StringLength(20, ErrorMessage = "is longer than 20 characters.")] public string? ItemNo { get; init; }
    [Range(typeof(decimal), "0", "999999999999", ErrorMessage = "must be 0 or more.")] public decimal UnitPrice { get; init; }
    [Range(typeof(decimal), "0", "999999999999", ErrorMessage = "must be 0 or more.")] public decimal MinimumQuantity { get; init; }
    [StringLength(10, ErrorMessage = "is longer than 10 characters.")] public string? UnitOfMeasureCode { get; init; }
    [StringLength(10, ErrorMessage = "is longer than 10 characters.")] public string? CurrencyCode { get; init; }
}
