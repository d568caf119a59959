namespace CampaignFlow.Domain.Contacts;

/// <summary>A mailing group of a contact (joined on the contact's own No.).</summary>
public sealed class ContactMailingGroup
{
    public string ContactNo { get; set; } = "";
    public string MailingGroupCode { get; set; } = "";
}
