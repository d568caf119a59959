namespace CampaignFlow.Interactions.Outbox;

/// <summary>What a delivery run did: rows sent, rows that will be retried, rows given up.</summary>
public sealed record DeliveryRunSummary(int Delivered, int Retrying, int Failed)
{
    public int Processed => Delivered + Retrying + Failed;

    public DeliveryRunSummary Add(DeliveryRunSummary other) =>
        new(Delivered + other.Delivered, Retrying + other.Retrying, Failed + other.Failed);
}
