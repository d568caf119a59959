namespace CampaignFlow.Campaigns;

/// <summary>Settings of the campaigns component (bound from the <c>Campaigns</c> section).</summary>
public sealed class CampaignsOptions
{
    public const string Section = "Campaigns";

    /// <summary>
    /// The discount eligibility file (RulesEngine format) for <see cref="Eligibility.EligibilityRulesLoader"/> (tools and
    /// tests); relative paths are taken from the working directory. The host runs the stored rule set
    /// <see cref="EligibilityWorkflow"/> instead, imported from this folder at start.
    /// </summary>
    public string EligibilityRulesPath { get; set; } = "rules/discounts/campaign-offer-eligibility.json";

    /// <summary>
    /// The stored rule set evaluated on each price lookup (its injected workflows come from the store too). No such
    /// rule set means "no eligibility rules" (every campaign offer allowed).
    /// </summary>
    public string EligibilityWorkflow { get; set; } = "Discounts.CampaignOfferEligibility";

    /// <summary>
    /// Safety net for changes made outside this component (contacts, customers, items edited elsewhere): the price
    /// index is reloaded at least this often. Changes made through the campaign services invalidate it at once.
    /// </summary>
    public TimeSpan PriceIndexMaxAge { get; set; } = TimeSpan.FromMinutes(5);
}
