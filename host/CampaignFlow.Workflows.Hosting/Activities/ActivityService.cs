using CampaignFlow.Domain;
using CampaignFlow.Domain.Activities;
using CampaignFlow.Storage;
using CampaignFlow.Workflows.DateFormulas;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Workflows.Hosting.Activities;

/// <summary>Activities and their steps (create, read, replace, delete) and assigning them (→ tasks).</summary>
public sealed class ActivityService(IDbContextFactory<CampaignFlowDbContext> contexts)
{
    public async Task<IReadOnlyList<Activity>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Activities.AsNoTracking().Include(a => a.Steps).OrderBy(a => a.Code).ToListAsync(cancellationToken);
    }

    public async Task<Activity?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Activities.AsNoTracking().Include(a => a.Steps).SingleOrDefaultAsync(a => a.Code == code, cancellationToken);
    }

    /// <summary>Creates the activity, or replaces its description and steps; every step formula must parse.</summary>
    public async Task SaveAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Validate();
        foreach (var step in activity.Steps)
        {
            step.ActivityCode = activity.Code;
            if (!DateFormula.TryParse(step.DateFormula, out _, out var error))
            {
                throw new DomainException(nameof(Activity), activity.Code, $"Steps[{step.StepNo}].DateFormula", error);
            }
        }

        var duplicate = activity.Steps.GroupBy(s => s.StepNo).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainException(nameof(Activity), activity.Code, "Steps", $"step no. {duplicate.Key} is used twice.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Activities.Include(a => a.Steps).SingleOrDefaultAsync(a => a.Code == activity.Code, cancellationToken);
        if (existing is null)
        {
            db.Activities.Add(activity);
        }
        else
        {
            existing.Description = activity.Description;
            db.ActivitySteps.RemoveRange(existing.Steps);
            await db.SaveChangesAsync(cancellationToken);
            db.ActivitySteps.AddRange(activity.Steps);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Deletes the activity and its steps (tasks already created stay).</summary>
    public async Task<bool> DeleteAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var activity = await db.Activities.Include(a => a.Steps).SingleOrDefaultAsync(a => a.Code == code, cancellationToken);
        if (activity is null)
        {
            return false;
        }

        db.Activities.Remove(activity);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Assigns an activity in its own transaction: all tasks or none.</summary>
    public async Task<ActivityAssignmentResult> AssignAsync(ActivityAssignment assignment, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ActivityAssigner.AssignAsync(db, assignment, cancellationToken);
    }
}
