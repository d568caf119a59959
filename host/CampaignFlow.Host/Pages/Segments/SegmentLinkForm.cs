namespace CampaignFlow.Host.Pages.Segments;

/// <summary>"Link to campaign": the campaign and whether the segment is its target and/or response.</summary>
public sealed class SegmentLinkForm
{
    public string? CampaignNo { get; set; }
    public bool AsTarget { get; set; }
    public bool AsResponse { get; set; }
}
