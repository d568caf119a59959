namespace CampaignFlow.Domain.Contacts;

public sealed class MailingGroup : CodeRecord;
