using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Workflows.Hosting;

/// <summary>Bound from <c>Workflows:Hosting</c>: the Quartz scheduler of workflow timers and the start-up work.</summary>
public sealed class WorkflowHostingOptions
{
    public const string Section = "Workflows:Hosting";

    /// <summary>Quartz scheduler instance name; hosts sharing one database in a cluster use the same name.</summary>
    [Required]
    public string SchedulerName { get; set; } = "CampaignFlow";

    /// <summary>Quartz clustered mode (PostgreSQL only): several hosts share the job store, each timer fires on one of them.</summary>
    public bool Clustered { get; set; }

    /// <summary>How often a clustered host checks in (and notices a dead peer whose timers it takes over).</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>Jobs Quartz runs at once (timer firings, due-task scans).</summary>
    [Range(1, 64)]
    public int SchedulerThreads { get; set; } = 4;

    /// <summary>
    /// How late a trigger may be before it counts as misfired (then it fires once, at once). Quartz acquires only triggers
    /// within this lateness; older ones wait for the misfire handler, which re-arms them a batch at a time. So it is wide:
    /// 10,000 timers due at one minute stay on the normal path while the pool works through them.
    /// </summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Misfired triggers the misfire handler re-arms per round (e.g. timers that came due while the host was down).</summary>
    [Range(1, 10_000)]
    public int MaxMisfiresPerRound { get; set; } = 500;

    /// <summary>How long Quartz sleeps when nothing is due (at least 1 s).</summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Import workflows/*.json into the store on start (a changed file becomes a new version).</summary>
    public bool ImportDefinitionsOnStart { get; set; } = true;

    /// <summary>Event sent to a campaign's workflows for each of its tasks that comes due; null = none.</summary>
    public string? DueTaskEvent { get; set; } = "taskDue";

    /// <summary>How often due tasks are looked for.</summary>
    public TimeSpan DueTaskScanInterval { get; set; } = TimeSpan.FromMinutes(15);
}
