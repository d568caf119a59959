namespace CampaignFlow.Campaigns.Eligibility;

/// <summary>The four rule inputs, by the names rules use: customer, contact, line, campaign.</summary>
public sealed record EligibilityInput(EligibilityCustomer Customer, EligibilityContact Contact, EligibilityLine Line, EligibilityCampaign Campaign)
{
    public const string CustomerInput = "customer";
    public const string ContactInput = "contact";
    public const string LineInput = "line";
    public const string CampaignInput = "campaign";
}
