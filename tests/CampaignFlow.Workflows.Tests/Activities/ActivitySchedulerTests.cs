using CampaignFlow.Workflows.Activities;
using CampaignFlow.Workflows.DateFormulas;

namespace CampaignFlow.Workflows.Tests.Activities;

public class ActivitySchedulerTests
{
    private static readonly DateOnly Start = new(2024, 3, 8); // a Friday

    private static readonly ActivityStepSpec[] FollowUp =
    [
        new(PlannedTaskType.PhoneCall, PlannedTaskPriority.High, "Call visitors", DateFormula.Parse("1D")),
        new(PlannedTaskType.Meeting, PlannedTaskPriority.Normal, "Meet interested visitors", DateFormula.Parse("WD1+1W")),
        new(PlannedTaskType.None, PlannedTaskPriority.Low, "Close the show file", DateFormula.Parse("CM")),
    ];

    [Fact]
    public void Every_step_is_dated_from_the_same_start_date_not_chained()
    {
        var tasks = ActivityScheduler.Plan(FollowUp, new ActivityAssignment("FOLLOWUP", Start, "KH", CampaignNo: "CP0001", SegmentNo: "SEG0002"));

        Assert.Equal(
        [
            "0 2024-03-09 PhoneCall High Call visitors KH",
            "1 2024-03-18 Meeting Normal Meet interested visitors KH",
            "2 2024-03-31 None Low Close the show file KH",
        ],
            tasks.Select(t => $"{t.StepIndex} {t.Date:yyyy-MM-dd} {t.Type} {t.Priority} {t.Description} {t.SalespersonCode}"));
        Assert.All(tasks, t => Assert.Equal(("FOLLOWUP", "CP0001", "SEG0002", null, false, (string?)null), (t.ActivityCode, t.CampaignNo, t.SegmentNo, t.ContactNo, t.IsOrganizerTask, t.TeamCode)));
    }

    [Fact]
    public void A_team_gets_an_organizer_task_and_one_per_member_for_each_step()
    {
        var team = new ActivityTeam("SALES", ["AH", "JO", "MH"]);

        var tasks = ActivityScheduler.Plan(FollowUp, new ActivityAssignment("FOLLOWUP", Start, "KH", team));

        Assert.Equal(12, tasks.Count);
        var firstStep = tasks.Where(t => t.StepIndex == 0).ToList();
        Assert.Equal([("KH", true), ("AH", false), ("JO", false), ("MH", false)], firstStep.Select(t => (t.SalespersonCode!, t.IsOrganizerTask)));
        Assert.All(tasks, t => Assert.Equal("SALES", t.TeamCode));
        Assert.All(firstStep, t => Assert.Equal(new DateOnly(2024, 3, 9), t.Date));
    }

    [Fact]
    public void Bad_assignments_are_refused_clearly()
    {
        Assert.Equal("activity FOLLOWUP: assign it to a salesperson or a team",
            Assert.Throws<WorkflowException>(() => ActivityScheduler.Plan(FollowUp, new ActivityAssignment("FOLLOWUP", Start))).Message);
        Assert.Equal("activity EMPTY has no steps",
            Assert.Throws<WorkflowException>(() => ActivityScheduler.Plan([], new ActivityAssignment("EMPTY", Start, "KH"))).Message);

        ActivityStepSpec[] far = [new(PlannedTaskType.None, PlannedTaskPriority.Low, "Someday", DateFormula.Parse("9999Y"))];
        var ex = Assert.Throws<WorkflowException>(() => ActivityScheduler.Plan(far, new ActivityAssignment("FAR", Start, "KH")));
        Assert.Equal("activity FAR step 1 (Someday): date formula '9999Y': the result from 2024-03-08 falls outside the calendar", ex.Message);
    }

    [Fact]
    public void Recurrence_moves_by_its_formula_and_must_move_forward()
    {
        Assert.Equal(new DateOnly(2024, 4, 8), ActivityScheduler.NextOccurrence(Start, DateFormula.Parse("1M")));
        Assert.Equal(new DateOnly(2024, 3, 11), ActivityScheduler.NextOccurrence(Start, DateFormula.Parse("WD1")));
        var ex = Assert.Throws<WorkflowException>(() => ActivityScheduler.NextOccurrence(new DateOnly(2024, 3, 31), DateFormula.Parse("CM")));
        Assert.Equal("recurrence formula 'CM' does not move 2024-03-31 forward (it gives 2024-03-31)", ex.Message);
        Assert.Throws<WorkflowException>(() => ActivityScheduler.NextOccurrence(Start, DateFormula.Parse("-1W")));
    }
}
