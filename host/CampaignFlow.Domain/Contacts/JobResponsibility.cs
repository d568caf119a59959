namespace CampaignFlow.Domain.Contacts;

public sealed class JobResponsibility : CodeRecord;
