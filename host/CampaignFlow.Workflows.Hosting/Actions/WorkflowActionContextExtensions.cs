using CampaignFlow.Storage;
using CampaignFlow.Workflows.Hosting.Store;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Hosting.Actions;

/// <summary>Gives action handlers the store's unit of work of the transition they run in.</summary>
public static class WorkflowActionContextExtensions
{
    /// <summary>The DbContext whose transaction commits with the instance; write through it, never commit it.</summary>
    public static CampaignFlowDbContext Db(this WorkflowActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Transaction is WorkflowStoreTransaction store
            ? store.Db
            : throw new WorkflowException($"{context.Action.Path}: action '{context.Action.Name}' needs the CampaignFlow store's transaction");
    }

    /// <summary>A required text argument, or a clear error naming the action's place.</summary>
    public static string Required(this WorkflowActionContext context, string argument)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.Action.GetString(argument);
        return string.IsNullOrWhiteSpace(value)
            ? throw new WorkflowException($"{context.Action.Path}: action '{context.Action.Name}' needs '{argument}'")
            : value;
    }
}
