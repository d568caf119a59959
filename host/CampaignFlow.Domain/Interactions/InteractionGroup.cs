namespace CampaignFlow.Domain.Interactions;

public sealed class InteractionGroup : CodeRecord;
