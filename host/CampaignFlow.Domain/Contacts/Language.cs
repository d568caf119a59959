namespace CampaignFlow.Domain.Contacts;

public sealed class Language : CodeRecord;
