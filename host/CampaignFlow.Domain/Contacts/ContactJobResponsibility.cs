namespace CampaignFlow.Domain.Contacts;

/// <summary>A job responsibility of a contact (joined on the contact's own No.).</summary>
public sealed class ContactJobResponsibility
{
    public string ContactNo { get; set; } = "";
    public string JobResponsibilityCode { get; set; } = "";
}
