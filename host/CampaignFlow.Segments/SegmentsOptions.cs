using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Segments;

/// <summary>Settings of the segments component.</summary>
public sealed class SegmentsOptions
{
    public const string SectionName = "Segments";

    /// <summary>Longest time one set-based statement (an Add on a million contacts, an undo) may run.</summary>
    [Range(1, 3600)]
    public int CommandTimeoutSeconds { get; set; } = 300;
}
