namespace CampaignFlow.Host.Api.Interactions;

/// <summary>The number of deliveries waiting in the outbox or being delivered.</summary>
public sealed record OpenDeliveries(int Open);
