using CampaignFlow.Campaigns.Eligibility;

namespace CampaignFlow.Campaigns.Lookup;

/// <summary>
/// One campaign that had an offer for the line: why it was considered (named on the request / customer targeted),
/// its best price and discount, and the eligibility verdict that allowed or refused them.
/// </summary>
public sealed record CampaignOfferDecision(string CampaignNo, bool NamedOnRequest, bool Targeted, decimal? UnitPrice, decimal? LineDiscountPct, EligibilityVerdict Eligibility);
