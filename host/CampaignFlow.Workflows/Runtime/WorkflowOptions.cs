namespace CampaignFlow.Workflows.Runtime;

/// <summary>Settings of the workflow runtime (section "Workflows").</summary>
public sealed class WorkflowOptions
{
    /// <summary>Folder of the workflow definitions (*.json).</summary>
    public string DefinitionsPath { get; set; } = "workflows";

    /// <summary>The time of day a timer fires on its due date.</summary>
    public TimeOnly TimerTimeOfDay { get; set; } = new(0, 0);

    /// <summary>Time zone of campaign dates and timers; null = the TimeProvider's local time zone.</summary>
    public TimeZoneInfo? TimeZone { get; set; }

    /// <summary>How often a trigger is replanned when another host changed the instance meanwhile.</summary>
    public int MaxConcurrencyRetries { get; set; } = 3;

    /// <summary>How deep raiseEvent may chain (an event raising an event …) before it stops, to break loops.</summary>
    public int MaxRaisedEventDepth { get; set; } = 8;
}
