namespace CampaignFlow.Domain.Contacts;

public sealed class BusinessRelation : CodeRecord;
