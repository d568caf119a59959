namespace CampaignFlow.Domain.Campaigns;

/// <summary>One per campaign per logged segment; counts its interaction entries of the same Canceled state.</summary>
public sealed class CampaignEntry
{
    public int EntryNo { get; set; }
    public string CampaignNo { get; set; } = "";
    public DateOnly Date { get; set; }
    public string Description { get; set; } = "";
    public string? SegmentNo { get; set; }
    /// <summary>The logged segment's entry no.</summary>
    public int? RegisterNo { get; set; }
    public string? SalespersonCode { get; set; }
    public string? UserId { get; set; }
    public bool Canceled { get; set; }

    /// <summary>Only canceled campaign entries can be deleted.</summary>
    public void EnsureCanDelete()
    {
        if (!Canceled)
            throw new DomainException(nameof(CampaignEntry), EntryNo.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(Canceled),
                "only canceled campaign entries can be deleted; cancel it first.");
    }
}
