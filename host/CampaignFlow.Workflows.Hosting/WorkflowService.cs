using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Hosting.Definitions;
using CampaignFlow.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Workflows.Hosting;

/// <summary>
/// What the API, the UI and the CLI call: start a workflow for a campaign, send events, cancel, inspect, retry
/// incidents, list definitions, validate a file. Each call runs in its own scope (its own runtime and units of work).
/// </summary>
public sealed class WorkflowService(IServiceScopeFactory scopes, WorkflowDefinitionCatalog catalog, WorkflowDefinitionImporter importer)
{
    public Task<WorkflowTriggerResult> StartAsync(string campaignNo, string workflowId, int? version = null, CancellationToken cancellationToken = default) =>
        RunAsync(r => r.StartAsync(campaignNo, workflowId, version, cancellationToken));

    /// <summary>Sends an event to one instance; an unknown instance throws <see cref="WorkflowInstanceNotFoundException"/> (API: 404).</summary>
    public Task<WorkflowTriggerResult> SendEventAsync(Guid instanceId, string eventName, string? payloadJson = null, CancellationToken cancellationToken = default) =>
        RunAsync(r => r.SendEventAsync(instanceId, eventName, payloadJson, cancellationToken));

    /// <summary>Sends an event to every running instance of the campaign (none running → one Rejected result saying so).</summary>
    public Task<IReadOnlyList<WorkflowTriggerResult>> SendCampaignEventAsync(string campaignNo, string eventName, string? payloadJson = null, CancellationToken cancellationToken = default) =>
        RunAsync(r => r.SendCampaignEventAsync(campaignNo, eventName, payloadJson, cancellationToken));

    public Task<WorkflowTriggerResult> CancelAsync(Guid instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        RunAsync(r => r.CancelAsync(instanceId, reason, cancellationToken));

    /// <summary>Replays the trigger of the instance's open incident.</summary>
    public Task<WorkflowTriggerResult> RetryAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        RunAsync(r => r.RetryAsync(instanceId, cancellationToken));

    /// <summary>State, history, pending timers, bookmarks, unhandled events and incidents; null when unknown.</summary>
    public Task<WorkflowInstance?> GetAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        RunAsync(r => r.GetAsync(instanceId, cancellationToken));

    /// <summary>Every instance of a campaign, oldest first.</summary>
    public async Task<IReadOnlyList<WorkflowInstance>> ListByCampaignAsync(string campaignNo, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().FindByCampaignAsync(campaignNo, cancellationToken);
    }

    /// <summary>Every loaded definition version.</summary>
    public IReadOnlyCollection<WorkflowDefinition> ListDefinitions() => catalog.All;

    /// <summary>Validates workflow JSON (against the store's status codes and the known actions); empty when valid.</summary>
    public Task<IReadOnlyList<WorkflowDefinitionError>> ValidateAsync(string json, string source, CancellationToken cancellationToken = default) =>
        importer.ValidateAsync(json, source, cancellationToken);

    /// <summary>Validates a workflow file; errors name the file.</summary>
    public async Task<IReadOnlyList<WorkflowDefinitionError>> ValidateFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            return [new WorkflowDefinitionError(Path.GetFileName(path), "$", $"file {path} does not exist")];
        }

        return await importer.ValidateAsync(await File.ReadAllTextAsync(path, cancellationToken), Path.GetFileName(path), cancellationToken);
    }

    /// <summary>Re-imports the definitions folder (changed files become new versions).</summary>
    public Task<IReadOnlyList<WorkflowDefinitionKey>> ImportDefinitionsAsync(CancellationToken cancellationToken = default) => importer.ImportAsync(cancellationToken);

    private async Task<T> RunAsync<T>(Func<WorkflowRuntime, Task<T>> call)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<WorkflowRuntime>());
    }
}
