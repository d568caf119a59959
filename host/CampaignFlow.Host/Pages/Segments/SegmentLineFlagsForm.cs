namespace CampaignFlow.Host.Pages.Segments;

/// <summary>The flags marketing sets on one line: Campaign Target and Campaign Response (the line needs a campaign for either).</summary>
public sealed class SegmentLineFlagsForm
{
    public int LineNo { get; set; }
    public bool CampaignTarget { get; set; }
    public bool CampaignResponse { get; set; }
}
