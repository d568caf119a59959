namespace CampaignFlow.Domain.Contacts;

public enum ContactType
{
    Company,
    Person,
}
