namespace CampaignFlow.Domain.Contacts;

public sealed class IndustryGroup : CodeRecord;
