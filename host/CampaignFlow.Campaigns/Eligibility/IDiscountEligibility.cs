namespace CampaignFlow.Campaigns.Eligibility;

/// <summary>
/// Decides whether a campaign's special price / line discount may be granted on a line. Implementations never let a
/// faulty rule grant anything: a rule that throws refuses, and the verdict reports the exception.
/// </summary>
public interface IDiscountEligibility
{
    /// <summary>Where the rules came from (a file path or a name), for messages.</summary>
    string Source { get; }

    EligibilityVerdict Evaluate(EligibilityInput input);
}
