namespace CampaignFlow.Host.Pages.Segments;

/// <summary>"Reuse criteria", "Reuse segment" and "Add contact": the saved criteria code, the logged segment or the contact to add.</summary>
public sealed class SegmentReuseForm
{
    public string? CriteriaCode { get; set; }
    public int? LoggedSegmentEntryNo { get; set; }
    public string? ContactNo { get; set; }
    public bool AllowExisting { get; set; }
}
