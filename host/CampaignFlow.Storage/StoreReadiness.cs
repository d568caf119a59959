namespace CampaignFlow.Storage;

/// <summary>Set once the store is created and migrated; the health check reports Healthy only after that.</summary>
public sealed class StoreReadiness
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void MarkReady() => _ready = true;
}
