namespace CampaignFlow.Campaigns.Eligibility;

/// <summary>
/// Rule input <c>campaign</c>: the campaign whose offer (special price or line discount) is being decided.
/// <see cref="NamedOnRequest"/>: the document names it; <see cref="Targeted"/>: the customer/contact is in its target group.
/// </summary>
public sealed record EligibilityCampaign(string No, string Description, string StatusCode, string SalespersonCode, DateOnly? StartingDate, DateOnly? EndingDate, bool NamedOnRequest, bool Targeted);
