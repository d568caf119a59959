using CampaignFlow.Campaigns;
using CampaignFlow.Campaigns.Targeting;
using CampaignFlow.Storage;
using CampaignFlow.Workflows.Hosting.Actions;

namespace CampaignFlow.Host.Integration;

/// <summary>
/// The workflow actions activatePrices / deactivatePrices, done inside the transition's own transaction.
/// Deactivating a campaign that is not activated is a no-op here (a lifecycle that ends a campaign need
/// not know whether it was ever activated); activating with no targets is an incident.
/// </summary>
public sealed class WorkflowCampaignPricing(CampaignActivationService activation, PricingCacheVersion pricingVersion) : ICampaignPricing
{
    public async Task ActivateAsync(CampaignFlowDbContext db, string campaignNo, CancellationToken cancellationToken)
    {
        await activation.ActivateInAsync(db, campaignNo, cancellationToken);
        // Invalidated before the transition commits; the price index also reloads after its maximum age.
        pricingVersion.Invalidate();
    }

    public async Task DeactivateAsync(CampaignFlowDbContext db, string campaignNo, CancellationToken cancellationToken)
    {
        await activation.DeactivateInAsync(db, campaignNo, cancellationToken);
        pricingVersion.Invalidate();
    }
}
