using System.Data.Common;
using CampaignFlow.Domain;
using CampaignFlow.Domain.Activities;
using CampaignFlow.Domain.Sales;
using CampaignFlow.Storage;
using CampaignFlow.Workflows.DateFormulas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignFlow.Workflows.Hosting.Activities;

/// <summary>
/// Turns an activity into dated tasks: Date = CalcDate(step formula, start date) for every step; a team gets an
/// organizer task plus one per member; blocked salespeople are refused before anything is written. Tasks are written
/// with prepared ADO.NET inserts and numbered from one block of the TASK number series, so a segment of 100,000
/// contacts is assigned in seconds. Runs inside the caller's transaction (a workflow transition) or its own.
/// </summary>
public static class ActivityAssigner
{
    public static async Task<ActivityAssignmentResult> AssignAsync(CampaignFlowDbContext db, ActivityAssignment assignment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(assignment);
        var activity = await db.Activities.AsNoTracking().Include(a => a.Steps)
            .SingleOrDefaultAsync(a => a.Code == assignment.ActivityCode, cancellationToken).ConfigureAwait(false)
            ?? throw new DomainException(nameof(Activity), assignment.ActivityCode, null, "no such activity.");
        var steps = activity.Steps.OrderBy(s => s.StepNo).Select(s => (Step: s, Date: CalcDate(activity, s, assignment.StartDate))).ToList();
        if (steps.Count == 0)
        {
            throw new DomainException(nameof(Activity), activity.Code, "Steps", "has no steps to assign.");
        }

        var salespeople = await db.Salespeople.AsNoTracking().ToDictionaryAsync(s => s.Code, cancellationToken).ConfigureAwait(false);
        var owners = await OwnersAsync(db, assignment, salespeople, cancellationToken).ConfigureAwait(false);
        var tasks = new List<SalesTask>(owners.Count * steps.Count);
        foreach (var owner in owners)
        {
            foreach (var (step, date) in steps)
            {
                tasks.Add(new SalesTask
                {
                    SalespersonCode = owner.Salesperson,
                    TeamCode = owner.Team,
                    CampaignNo = owner.Campaign,
                    SegmentNo = owner.Segment,
                    ContactNo = owner.Contact,
                    ActivityCode = activity.Code,
                    Type = step.Type,
                    Date = date,
                    Status = SalesTaskStatus.NotStarted,
                    Priority = step.Priority,
                    Description = string.IsNullOrWhiteSpace(step.Description) ? activity.Description : step.Description,
                    OrganizerTaskNo = owner.IsTeamMember ? "" : null,
                });
            }
        }

        return await WriteAsync(db, tasks, owners, steps.Count, cancellationToken).ConfigureAwait(false);
    }

    private static DateOnly CalcDate(Activity activity, ActivityStep step, DateOnly start)
    {
        try
        {
            return DateFormula.Parse(step.DateFormula).Apply(start);
        }
        catch (DateFormulaException ex)
        {
            throw new DomainException(nameof(Activity), activity.Code, $"Steps[{step.StepNo}].DateFormula", ex.Message);
        }
    }

    private static Salesperson Assignable(Dictionary<string, Salesperson> salespeople, string code, string why)
    {
        var salesperson = salespeople.GetValueOrDefault(code) ?? throw new DomainException(nameof(Salesperson), code, null, $"does not exist ({why}).");
        salesperson.EnsureAssignable();
        return salesperson;
    }

    private static async Task<List<TaskOwner>> OwnersAsync(CampaignFlowDbContext db, ActivityAssignment a, Dictionary<string, Salesperson> salespeople, CancellationToken ct)
    {
        switch (a.Target)
        {
            case AssignmentTargetKind.Salesperson:
                Assignable(salespeople, a.TargetCode, "assignment target");
                return [new TaskOwner(a.TargetCode, null, a.CampaignNo, null, null, false)];
            case AssignmentTargetKind.Team:
                var team = await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.Code == a.TargetCode, ct).ConfigureAwait(false)
                    ?? throw new DomainException(nameof(Team), a.TargetCode, null, "no such team.");
                var owners = new List<TaskOwner> { new(null, team.Code, a.CampaignNo, null, null, false) };
                foreach (var member in team.Members.OrderBy(m => m.SalespersonCode, StringComparer.Ordinal))
                {
                    Assignable(salespeople, member.SalespersonCode, $"member of team {team.Code}");
                    owners.Add(new TaskOwner(member.SalespersonCode, team.Code, a.CampaignNo, null, null, true));
                }

                return owners;
            case AssignmentTargetKind.Contact:
                var contact = await db.Contacts.AsNoTracking().Where(c => c.No == a.TargetCode).Select(c => new { c.No, c.SalespersonCode }).SingleOrDefaultAsync(ct).ConfigureAwait(false)
                    ?? throw new DomainException("Contact", a.TargetCode, null, "no such contact.");
                var contactOwner = contact.SalespersonCode ?? a.SalespersonCode
                    ?? throw new DomainException("Contact", contact.No, "SalespersonCode", "has no salesperson to give the task to (name one in the assignment).");
                Assignable(salespeople, contactOwner, $"salesperson of contact {contact.No}");
                return [new TaskOwner(contactOwner, null, a.CampaignNo, null, contact.No, false)];
            case AssignmentTargetKind.Segment:
                return await SegmentOwnersAsync(db, a, salespeople, ct).ConfigureAwait(false);
            default:
                var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.No == a.TargetCode, ct).ConfigureAwait(false)
                    ?? throw new DomainException("Campaign", a.TargetCode, null, "no such campaign.");
                var campaignOwner = a.SalespersonCode ?? campaign.SalespersonCode
                    ?? throw new DomainException("Campaign", campaign.No, "SalespersonCode", "has no salesperson to give the task to (name one in the assignment).");
                Assignable(salespeople, campaignOwner, $"salesperson of campaign {campaign.No}");
                return [new TaskOwner(campaignOwner, null, campaign.No, null, null, false)];
        }
    }

    private static async Task<List<TaskOwner>> SegmentOwnersAsync(CampaignFlowDbContext db, ActivityAssignment a, Dictionary<string, Salesperson> salespeople, CancellationToken ct)
    {
        var segment = await db.Segments.AsNoTracking().Where(s => s.No == a.TargetCode)
            .Select(s => new { s.No, s.CampaignNo, s.SalespersonCode }).SingleOrDefaultAsync(ct).ConfigureAwait(false)
            ?? throw new DomainException("Segment", a.TargetCode, null, "no such segment.");
        var lines = await (from line in db.SegmentLines.AsNoTracking()
                           where line.SegmentNo == segment.No
                           join contact in db.Contacts.AsNoTracking() on line.ContactNo equals contact.No
                           orderby line.LineNo
                           select new { line.LineNo, line.ContactNo, Line = line.SalespersonCode, Contact = contact.SalespersonCode })
            .ToListAsync(ct).ConfigureAwait(false);
        var campaignNo = a.CampaignNo ?? segment.CampaignNo;
        var owners = new List<TaskOwner>(lines.Count);
        foreach (var line in lines)
        {
            var owner = line.Line ?? line.Contact ?? segment.SalespersonCode ?? a.SalespersonCode
                ?? throw new DomainException("Segment", segment.No, $"Lines[{line.LineNo}].SalespersonCode", $"contact {line.ContactNo} has no salesperson to give the task to.");
            Assignable(salespeople, owner, $"segment {segment.No} line {line.LineNo}");
            owners.Add(new TaskOwner(owner, null, campaignNo, segment.No, line.ContactNo, false));
        }

        return owners;
    }

    private static async Task<ActivityAssignmentResult> WriteAsync(CampaignFlowDbContext db, List<SalesTask> tasks, List<TaskOwner> owners, int stepCount, CancellationToken ct)
    {
        if (tasks.Count == 0)
        {
            return new ActivityAssignmentResult(0, null, null);
        }

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false) : null;
        try
        {
            // One atomic UPDATE reserves the whole block of numbers.
            var updated = await db.NumberSeries.Where(s => s.Code == NumberSeries.Tasks)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.LastNo, n => n.LastNo + tasks.Count), ct).ConfigureAwait(false);
            if (updated == 0)
            {
                throw new DomainException(nameof(NumberSeries), NumberSeries.Tasks, null, "no such number series is set up.");
            }

            var series = await db.NumberSeries.AsNoTracking().SingleAsync(s => s.Code == NumberSeries.Tasks, ct).ConfigureAwait(false);
            var first = series.LastNo - tasks.Count + 1;
            for (var i = 0; i < tasks.Count; i++)
            {
                tasks[i].No = series.Format(first + i);
            }

            // A team member's task points at the organizer task of the same step (the team's owner comes first).
            if (owners.Count > 1 && owners[1].IsTeamMember)
            {
                for (var i = stepCount; i < tasks.Count; i++)
                {
                    tasks[i].OrganizerTaskNo = tasks[i % stepCount].No;
                }
            }

            foreach (var task in tasks)
            {
                task.Validate();
            }

            await SalesTaskWriter.InsertAsync(db, tasks, ct).ConfigureAwait(false);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(ct).ConfigureAwait(false);
            }

            return new ActivityAssignmentResult(tasks.Count, tasks[0].No, tasks[^1].No);
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private sealed record TaskOwner(string? Salesperson, string? Team, string? Campaign, string? Segment, string? Contact, bool IsTeamMember);
}
