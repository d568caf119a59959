using System.Globalization;
using CampaignFlow.Domain.Activities;
using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Interactions.Phone;

/// <summary>
/// Phone-call tasks as <see cref="SalesTask"/> rows of type Phone Call with the rendered script in Notes. The task No. is
/// made from the delivery key ("PH&lt;entry&gt;-&lt;line&gt;"), so creating the task again for the same delivery (a retry
/// after a crash) returns the existing task instead of a second one.
/// </summary>
public sealed class StorePhoneTaskService(IDbContextFactory<CampaignFlowDbContext> contexts, TimeProvider time) : IPhoneTaskService
{
    public async Task<PhoneCallTask> CreateCallTaskAsync(PhoneCallTaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var no = TaskNoFor(request.DeliveryId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.No == no, cancellationToken);
        if (existing is not null) return await ToCallTaskAsync(db, existing, cancellationToken);
        var task = new SalesTask
        {
            No = no,
            Type = ActivityStepType.PhoneCall,
            SalespersonCode = request.SalespersonCode,
            ContactNo = request.ContactNo,
            CampaignNo = request.CampaignNo,
            Date = DateOnly.FromDateTime(time.GetLocalNow().DateTime),
            Status = SalesTaskStatus.NotStarted,
            Description = request.Subject.Length <= 100 ? request.Subject : request.Subject[..100],
            Notes = request.Script,
        };
        db.Tasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        return new PhoneCallTask { TaskNo = no, Request = request, Date = task.Date };
    }

    public async Task<IReadOnlyList<PhoneCallTask>> GetOpenCallTasksAsync(string salespersonCode, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.SalespersonCode == salespersonCode && t.Type == ActivityStepType.PhoneCall && !t.Closed && !t.Canceled)
            .OrderBy(t => t.Date).ThenBy(t => t.No).ToListAsync(cancellationToken);
        var result = new List<PhoneCallTask>(tasks.Count);
        foreach (var task in tasks) result.Add(await ToCallTaskAsync(db, task, cancellationToken));
        return result;
    }

    public async Task<PhoneCallTask?> FindCallTaskAsync(string taskNo, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.No == taskNo && t.Type == ActivityStepType.PhoneCall, cancellationToken);
        return task is null ? null : await ToCallTaskAsync(db, task, cancellationToken);
    }

    public async Task CompleteCallTaskAsync(string taskNo, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.No == taskNo, cancellationToken)
            ?? throw new KeyNotFoundException($"No phone-call task '{taskNo}'.");
        if (task.Closed) return;
        task.Close(DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>"PH&lt;logged segment entry no.&gt;-&lt;line no.&gt;" (at most 20 characters for realistic numbers).</summary>
    public static string TaskNoFor(DeliveryId id) => string.Create(CultureInfo.InvariantCulture, $"PH{id.LoggedSegmentEntryNo}-{id.LineNo}");

    private static bool TryParseTaskNo(string no, out DeliveryId id)
    {
        id = default;
        return no.StartsWith("PH", StringComparison.Ordinal) && DeliveryId.TryParse(no[2..], out id);
    }

    private static async Task<PhoneCallTask> ToCallTaskAsync(CampaignFlowDbContext db, SalesTask task, CancellationToken ct)
    {
        TryParseTaskNo(task.No, out var id);
        var contact = task.ContactNo is null ? null : await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.No == task.ContactNo, ct);
        var entryNo = id == default ? 0 : await db.Deliveries.Where(d => d.LoggedSegmentEntryNo == id.LoggedSegmentEntryNo && d.LineNo == id.LineNo)
            .Select(d => d.InteractionEntryNo).FirstOrDefaultAsync(ct);
        return new PhoneCallTask
        {
            TaskNo = task.No,
            Date = task.Date,
            Completed = task.Closed,
            Request = new PhoneCallTaskRequest
            {
                DeliveryId = id,
                SalespersonCode = task.SalespersonCode ?? "",
                ContactNo = task.ContactNo ?? "",
                ContactName = contact?.Name ?? task.ContactNo ?? "",
                PhoneNo = contact?.PhoneNo,
                CampaignNo = task.CampaignNo,
                InteractionEntryNo = entryNo,
                Subject = task.Description,
                Script = task.Notes ?? "",
            },
        };
    }
}
