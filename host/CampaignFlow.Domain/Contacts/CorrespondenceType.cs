namespace CampaignFlow.Domain.Contacts;

/// <summary>How a contact prefers to be reached; Phone is CampaignFlow's addition (call tasks).</summary>
public enum CorrespondenceType
{
    None,
    HardCopy,
    Email,
    Phone,
}
