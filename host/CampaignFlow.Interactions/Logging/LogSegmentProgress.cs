namespace CampaignFlow.Interactions.Logging;

/// <summary>Reported after each batch of lines written (for a progress bar).</summary>
public sealed record LogSegmentProgress(string SegmentNo, int LinesWritten, int TotalLines);
