namespace CampaignFlow.Campaigns.Eligibility;

/// <summary>
/// Rule input <c>customer</c>: the request's customer, or the customer the contact's company is linked to.
/// Never null: <see cref="No"/> is "" when the request reaches no customer (test <c>customer.No != ""</c>).
/// </summary>
public sealed record EligibilityCustomer(string No, string Name, string CountryRegionCode, string CurrencyCode, string CustomerPriceGroup, string CustomerDiscountGroup)
{
    public static EligibilityCustomer None { get; } = new("", "", "", "", "", "");
}
