using System.Globalization;
using CampaignFlow.Workflows.DateFormulas;

namespace CampaignFlow.Workflows.Activities;

/// <summary>
/// Turns an activity's steps into dated tasks (BC's "Assign Activity"): one task per step, each dated by its
/// formula from the same start date; a team gets an organizer task plus one per member for each step.
/// </summary>
public static class ActivityScheduler
{
    public static IReadOnlyList<PlannedTask> Plan(IReadOnlyList<ActivityStepSpec> steps, ActivityAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(assignment);
        if (assignment.SalespersonCode is null && assignment.Team is null)
        {
            throw new WorkflowException($"activity {assignment.ActivityCode}: assign it to a salesperson or a team");
        }

        if (steps.Count == 0)
        {
            throw new WorkflowException($"activity {assignment.ActivityCode} has no steps");
        }

        var perStep = assignment.Team is { } team ? 1 + team.MemberSalespersonCodes.Count : 1;
        var tasks = new List<PlannedTask>(steps.Count * perStep);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var date = DateOf(step, i, assignment);
            if (assignment.Team is null)
            {
                tasks.Add(Task(assignment, step, i, date, assignment.SalespersonCode, null, isOrganizer: false));
                continue;
            }

            tasks.Add(Task(assignment, step, i, date, assignment.SalespersonCode, assignment.Team.Code, isOrganizer: true));
            foreach (var member in assignment.Team.MemberSalespersonCodes)
            {
                tasks.Add(Task(assignment, step, i, date, member, assignment.Team.Code, isOrganizer: false));
            }
        }

        return tasks;
    }

    /// <summary>The next date of a recurring task; the formula must move the date forward (CD or 0D would loop).</summary>
    public static DateOnly NextOccurrence(DateOnly date, DateFormula recurrence)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        var next = recurrence.Apply(date);
        return next > date
            ? next
            : throw new WorkflowException($"recurrence formula '{recurrence}' does not move {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} forward (it gives {next.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
    }

    private static DateOnly DateOf(ActivityStepSpec step, int index, ActivityAssignment assignment)
    {
        try
        {
            return step.DateFormula.Apply(assignment.StartDate);
        }
        catch (DateFormulaException ex)
        {
            throw new WorkflowException($"activity {assignment.ActivityCode} step {index + 1} ({step.Description}): {ex.Message}", ex);
        }
    }

    private static PlannedTask Task(ActivityAssignment assignment, ActivityStepSpec step, int index, DateOnly date, string? salesperson, string? team, bool isOrganizer) =>
        new(assignment.ActivityCode, index, date, step.Type, step.Priority, step.Description, salesperson, team, isOrganizer, assignment.CampaignNo, assignment.SegmentNo, assignment.ContactNo);
}
