namespace CampaignFlow.Domain.Activities;

/// <summary>A dated task for a salesperson or a team (BC's Task / To-do).</summary>
public sealed class SalesTask : IValidatable
{
    private const string Record = "Task";

    public string No { get; set; } = "";
    public string? SalespersonCode { get; set; }
    public string? TeamCode { get; set; }
    public string? CampaignNo { get; set; }
    public string? SegmentNo { get; set; }
    public string? ContactNo { get; set; }
    public string? OpportunityNo { get; set; }
    public string? ActivityCode { get; set; }
    /// <summary>For a team assignment: the organizer task the members' tasks belong to.</summary>
    public string? OrganizerTaskNo { get; set; }
    public ActivityStepType Type { get; set; }
    public DateOnly Date { get; set; }
    public SalesTaskStatus Status { get; set; }
    public TaskPriority Priority { get; set; } = TaskPriority.Normal;
    public string Description { get; set; } = "";
    /// <summary>The call script or notes (phone tasks carry the rendered script).</summary>
    public string? Notes { get; set; }
    public bool Closed { get; private set; }
    public DateOnly? DateClosed { get; private set; }
    public bool Canceled { get; private set; }
    public bool Recurring { get; set; }
    public string? RecurringDateInterval { get; set; }

    public void Close(DateOnly on)
    {
        if (Canceled) throw new DomainException(Record, No, nameof(Closed), "a canceled task cannot be closed.");
        Closed = true;
        DateClosed = on;
        Status = SalesTaskStatus.Completed;
    }

    public void Cancel()
    {
        if (Closed) throw new DomainException(Record, No, nameof(Canceled), "a closed task cannot be canceled.");
        Canceled = true;
    }

    public void Validate()
    {
        Require.Code(Record, No, nameof(No), No);
        Require.Text(Record, No, nameof(Description), Description);
        if (SalespersonCode is null && TeamCode is null)
            throw new DomainException(Record, No, nameof(SalespersonCode), "a task needs a salesperson or a team.");
        if (Recurring && string.IsNullOrWhiteSpace(RecurringDateInterval))
            throw new DomainException(Record, No, nameof(RecurringDateInterval), "a recurring task needs a recurrence date formula.");
    }
}
