using CampaignFlow.Storage;

namespace CampaignFlow.Workflows.Hosting.Actions;

/// <summary>
/// Campaign price activation as the workflow actions activatePrices/deactivatePrices need it (implemented by the
/// pricing service). Write through the given <c>db</c> (SaveChanges is fine); never begin or commit a transaction:
/// the workflow transition commits it together with the state change, or rolls it back. Throw to refuse (→ incident).
/// </summary>
public interface ICampaignPricing
{
    Task ActivateAsync(CampaignFlowDbContext db, string campaignNo, CancellationToken cancellationToken);

    Task DeactivateAsync(CampaignFlowDbContext db, string campaignNo, CancellationToken cancellationToken);
}
