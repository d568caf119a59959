namespace CampaignFlow.Host.Pages.Segments;

/// <summary>"Save criteria": the code and description to save the segment's actions under.</summary>
public sealed class SegmentCriteriaForm
{
    public string? Code { get; set; }
    public string? Description { get; set; }
}
