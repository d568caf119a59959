namespace CampaignFlow.Domain.Interactions;

/// <summary>What a segment becomes when it is logged: the register of its interactions and campaign entries.</summary>
public sealed class LoggedSegment
{
    public int EntryNo { get; set; }
    public string SegmentNo { get; set; } = "";
    public string Description { get; set; } = "";
    public DateOnly CreationDate { get; set; }
    public string? UserId { get; set; }
    public bool Canceled { get; set; }

    public void EnsureCanDelete()
    {
        if (!Canceled)
            throw new DomainException(nameof(LoggedSegment), EntryNo.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(Canceled),
                "only canceled logged segments can be deleted; cancel it first.");
    }
}
