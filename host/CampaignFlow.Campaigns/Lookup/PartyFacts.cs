using CampaignFlow.Campaigns.Eligibility;

namespace CampaignFlow.Campaigns.Lookup;

/// <summary>A resolved customer/contact: its rule inputs and the activated campaigns whose target group holds it.</summary>
internal sealed record PartyFacts(string? CustomerNo, string? ContactNo, EligibilityCustomer Customer, EligibilityContact Contact, IReadOnlySet<string> TargetedCampaigns);
