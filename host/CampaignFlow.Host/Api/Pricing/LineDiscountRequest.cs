using System.ComponentModel.DataAnnotations;
using CampaignFlow.Domain.Pricing;

namespace CampaignFlow.Host.Api.Pricing;

/// <summary>A campaign line discount for an item (Code = item no.) or an item discount group (Code = the group).</summary>
public sealed class LineDiscountRequest : IApiRequest
{
    [Required(ErrorMessage = "is required (Item or ItemDiscountGroup).")] public LineDiscountType? Type { get; init; }
    [Required(ErrorMessage = "is required."), StringLength(20, ErrorMessage = "is longer than 20 characters.")] public string? Code { get; init; }
    [Range(typeof(decimal), "0", "100", ErrorMessage = "must be between 0 and 100.")] public decimal LineDiscountPct { get; init; }
    [Range(typeof(decimal), "0", "999999999999", ErrorMessage = "must be 0 or more.")] public decimal MinimumQuantity { get; init; }
    [StringLength(10, ErrorMessage = "is longer than 10 characters.")] public string? UnitOfMeasureCode { get; init; }
    [StringLength(10, ErrorMessage = "is longer than 10 characters.")] public string? CurrencyCode { get; init; }
}
