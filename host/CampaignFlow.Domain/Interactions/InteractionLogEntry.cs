using CampaignFlow.Domain.Contacts;

namespace CampaignFlow.Domain.Interactions;

/// <summary>One interaction with one contact: a letter, an email, a call, a registered response.</summary>
public sealed class InteractionLogEntry
{
    public int EntryNo { get; set; }
    public string ContactNo { get; set; } = "";
    public string? ContactCompanyNo { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly Time { get; set; }
    public string Description { get; set; } = "";
    public string? Subject { get; set; }
    public string? InteractionTemplateCode { get; set; }
    public string? InteractionGroupCode { get; set; }
    public InformationFlow InformationFlow { get; set; }
    public InitiatedBy InitiatedBy { get; set; }
    public decimal Cost { get; set; }
    public decimal DurationMin { get; set; }
    public string? SalespersonCode { get; set; }
    public string? UserId { get; set; }
    public string? CampaignNo { get; set; }
    public int? CampaignEntryNo { get; set; }
    public bool CampaignTarget { get; set; }
    public bool CampaignResponse { get; set; }
    public string? SegmentNo { get; set; }
    public int? LoggedSegmentEntryNo { get; set; }
    /// <summary>The line of the logged segment this entry was written for (its delivery row has the same line no.).</summary>
    public int? SegmentLineNo { get; set; }
    public CorrespondenceType CorrespondenceType { get; set; }
    public string? LanguageCode { get; set; }
    public DeliveryStatus DeliveryStatus { get; set; }
    public string? DeliveryError { get; set; }
    public string? DeliveryExternalId { get; set; }
    public bool Canceled { get; set; }
    public bool Postponed { get; set; }
    /// <summary>Where the delivered document lives (a PDF path, a message id).</summary>
    public string? AttachmentReference { get; set; }

    public void EnsureCanDelete()
    {
        if (!Canceled)
            throw new DomainException(nameof(InteractionLogEntry), EntryNo.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(Canceled),
                "only canceled interaction log entries can be deleted; cancel it first.");
    }
}
