namespace CampaignFlow.Campaigns;

/// <summary>Settings of the campaigns component (bound from the <c>Campaigns</c> section).</summary>
public sealed class CampaignsOptions
{
    public const string Section = "Campaigns";

    /// <summary>
    /// The discount eligibility workflow (RulesEngine format) evaluated on each price lookup; relative paths are
    /// taken from the working directory. A missing file means "no eligibility rules" (every campaign offer allowed).
    /// </summary>
    public string EligibilityRulesPath { get; set; } = "rules/discounts/campaign-offer-eligibility.json";

    /// <summary>
    /// Safety net for changes made outside this component (contacts, customers, items edited elsewhere): the price
    /// index is reloaded at least this often. Changes made through the campaign services invalidate it at once.
    /// </summary>
    public TimeSpan PriceIndexMaxAge { get; set; } = TimeSpan.FromMinutes(5);
}
