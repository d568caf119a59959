using CampaignFlow.Domain;
using CampaignFlow.Domain.Activities;
using CampaignFlow.Storage;
using CampaignFlow.Workflows.DateFormulas;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Workflows.Hosting.Activities;

/// <summary>Tasks: list, close (a recurring task then gets its next occurrence), cancel.</summary>
public sealed class TaskService(IDbContextFactory<CampaignFlowDbContext> contexts, NumberSeriesAllocatorFactory numbers)
{
    public async Task<IReadOnlyList<SalesTask>> ListAsync(TaskQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tasks = db.Tasks.AsNoTracking();
        if (query.SalespersonCode is { } sp) tasks = tasks.Where(t => t.SalespersonCode == sp);
        if (query.TeamCode is { } team) tasks = tasks.Where(t => t.TeamCode == team);
        if (query.CampaignNo is { } campaign) tasks = tasks.Where(t => t.CampaignNo == campaign);
        if (query.SegmentNo is { } segment) tasks = tasks.Where(t => t.SegmentNo == segment);
        if (query.ContactNo is { } contact) tasks = tasks.Where(t => t.ContactNo == contact);
        if (query.OpenOnly) tasks = tasks.Where(t => !t.Closed && !t.Canceled);
        if (query.DueOnOrBefore is { } due) tasks = tasks.Where(t => t.Date <= due);
        if (query.Status is { } status) tasks = tasks.Where(t => t.Status == status);
        return await tasks.OrderBy(t => t.Date).ThenBy(t => t.No).Skip(query.Skip).Take(Math.Clamp(query.Take, 1, 10_000)).ToListAsync(cancellationToken);
    }

    public async Task<SalesTask?> FindAsync(string taskNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.No == taskNo, cancellationToken);
    }

    /// <summary>Closes the task; a recurring one gets its next occurrence dated CalcDate(recurrence, date) in the same transaction.</summary>
    /// <returns>The next occurrence, when one was created.</returns>
    public async Task<SalesTask?> CloseAsync(string taskNo, DateOnly on, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var task = await LoadAsync(db, taskNo, cancellationToken);
        if (task.Closed)
        {
            return null; // closing twice is harmless
        }

        task.Close(on);
        SalesTask? next = null;
        if (task.Recurring)
        {
            DateOnly date;
            try
            {
                date = DateFormula.Parse(task.RecurringDateInterval!).Apply(task.Date);
            }
            catch (DateFormulaException ex)
            {
                throw new DomainException("Task", task.No, nameof(SalesTask.RecurringDateInterval), ex.Message);
            }

            next = new SalesTask
            {
                No = await numbers.Create(db).NextAsync(NumberSeries.Tasks, cancellationToken),
                SalespersonCode = task.SalespersonCode,
                TeamCode = task.TeamCode,
                CampaignNo = task.CampaignNo,
                SegmentNo = task.SegmentNo,
                ContactNo = task.ContactNo,
                OpportunityNo = task.OpportunityNo,
                ActivityCode = task.ActivityCode,
                OrganizerTaskNo = task.OrganizerTaskNo,
                Type = task.Type,
                Date = date,
                Priority = task.Priority,
                Description = task.Description,
                Notes = task.Notes,
                Recurring = true,
                RecurringDateInterval = task.RecurringDateInterval,
            };
            db.Tasks.Add(next);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return next;
    }

    public async Task CancelAsync(string taskNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var task = await LoadAsync(db, taskNo, cancellationToken);
        if (task.Canceled)
        {
            return;
        }

        task.Cancel();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Marks a task recurring with a formula (validated).</summary>
    public async Task SetRecurrenceAsync(string taskNo, string? formula, CancellationToken cancellationToken = default)
    {
        if (formula is not null && !DateFormula.TryParse(formula, out _, out var error))
        {
            throw new DomainException("Task", taskNo, nameof(SalesTask.RecurringDateInterval), error);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var task = await LoadAsync(db, taskNo, cancellationToken);
        task.Recurring = formula is not null;
        task.RecurringDateInterval = formula;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<SalesTask> LoadAsync(CampaignFlowDbContext db, string taskNo, CancellationToken cancellationToken) =>
        await db.Tasks.SingleOrDefaultAsync(t => t.No == taskNo, cancellationToken)
        ?? throw new DomainException("Task", taskNo, null, "no such task.");
}
