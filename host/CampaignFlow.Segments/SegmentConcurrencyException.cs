namespace CampaignFlow.Segments;

/// <summary>
/// Someone else changed the segment since the caller read it: the caller's version is stale. Nothing was
/// written; read the segment again and retry.
/// </summary>
public sealed class SegmentConcurrencyException : Exception
{
    public SegmentConcurrencyException(string segmentNo, int expectedVersion, int actualVersion)
        : base($"Segment '{segmentNo}' was changed by someone else (you read version {expectedVersion}, it is now at version {actualVersion}); nothing was changed, reload the segment and try again.")
    {
        SegmentNo = segmentNo;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    public SegmentConcurrencyException() : this("", 0, 0) { }

    public SegmentConcurrencyException(string message) : base(message) => SegmentNo = "";

    public SegmentConcurrencyException(string message, Exception innerException) : base(message, innerException) => SegmentNo = "";

    public string SegmentNo { get; }
    public int ExpectedVersion { get; }
    public int ActualVersion { get; }
}
