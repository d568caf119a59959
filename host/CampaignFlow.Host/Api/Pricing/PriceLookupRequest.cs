using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Pricing;

/// <summary>One order line to price: a customer or a contact (or both), item, quantity, date; optional unit, currency and named campaign.</summary>
public sealed class PriceLookupRequest : IApiRequest
{
    [StringLength(20)] public string? CustomerNo { get; init; }
    [StringLength(20)] public string? ContactNo { get; init; }
    [Required(ErrorMessage = "is required."), StringLength(20)] public string? ItemNo { get; init; }
    [Required(ErrorMessage = "is required.")] public decimal? Quantity { get; init; }
    [StringLength(10)] public string? UnitOfMeasureCode { get; init; }
    [StringLength(10)] public string? CurrencyCode { get; init; }
    [Required(ErrorMessage = "is required.")] public DateOnly? Date { get; init; }
    [StringLength(20)] public string? CampaignNo { get; init; }
}
