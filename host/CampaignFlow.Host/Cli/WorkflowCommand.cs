using System.CommandLine;
using CampaignFlow.Host.Api.Workflows;
using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Hosting;
using CampaignFlow.Workflows.Hosting.Definitions;
using CampaignFlow.Workflows.Runtime;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Cli;

/// <summary>
/// `campaignflow workflow validate|start|send|status`: the campaign workflows on the store. Exit 2 for an invalid file
/// (each error on its own line: file, JSON path, problem), an unknown campaign, workflow or instance, or a refused
/// trigger; 6 when the step failed and an incident was recorded (retry it); an unhandled event is reported, exit 0.
/// </summary>
internal static class WorkflowCommand
{
    public static Command Create()
    {
        var workflow = new Command("workflow", "Validate workflow files, start workflows, send events, show their state.");
        workflow.Subcommands.Add(Validate());
        workflow.Subcommands.Add(Start());
        workflow.Subcommands.Add(Send());
        workflow.Subcommands.Add(Status());
        return workflow;
    }

    private static Option<bool> Json() => new("--json") { Description = "Print JSON for scripts." };

    private static Command Validate()
    {
        var path = new Argument<string>("file|dir") { Description = "A workflow JSON file, or a folder of them (*.schema.json is skipped)." };
        var json = Json();
        var database = HostOptions.Database();
        var command = new Command("validate", "Check workflow files against the schema, the store's status codes and the known actions.") { path, json, database };
        command.SetAction((result, ct) => ValidateAsync(result.GetValue(path)!, result.GetValue(json), result.GetValue(database), ct));
        return command;
    }

    private static async Task<int> ValidateAsync(string path, bool json, string? database, CancellationToken ct)
    {
        string[] files = Directory.Exists(path)
            ? [.. Directory.EnumerateFiles(path, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)]
            : [path];
        return await CliStore.RunAsync(database, async app =>
        {
            var service = app.Services.GetRequiredService<WorkflowService>();
            var errors = new List<WorkflowDefinitionError>();
            foreach (var file in files) errors.AddRange(await service.ValidateFileAsync(file, ct));
            if (files.Length == 0) errors.Add(new(path, "$", "the folder holds no workflow files (*.json)"));
            if (json) CliJson.Print(new { valid = errors.Count == 0, files, errors });
            else if (errors.Count == 0) Console.WriteLine($"{files.Length} workflow file(s) valid.");
            foreach (var error in errors) await Console.Error.WriteLineAsync(error.ToString());
            return errors.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        }, ct);
    }

    private static Command Start()
    {
        var campaign = new Argument<string>("campaignNo") { Description = "The campaign, e.g. CP0001." };
        var id = new Argument<string>("workflowId") { Description = "The workflow definition id, e.g. trade-show." };
        var version = new Option<int?>("--version") { Description = "A definition version (default: the latest)." };
        var json = Json();
        var database = HostOptions.Database();
        var command = new Command("start", "Start a workflow for a campaign (it enters its initial state).") { campaign, id, version, json, database };
        command.SetAction((result, ct) => WithRuntimeAsync(result.GetValue(database), async service =>
            Report(await service.StartAsync(result.GetValue(campaign)!, result.GetValue(id)!, result.GetValue(version), ct), result.GetValue(json)), ct));
        return command;
    }

    private static Command Send()
    {
        var target = new Argument<string>("campaignNo|instanceId") { Description = "A campaign (every running instance gets the event) or one instance id." };
        var name = new Argument<string>("event") { Description = "The event, e.g. approve." };
        var payload = new Option<string?>("--payload") { Description = "JSON payload of the event." };
        var json = Json();
        var database = HostOptions.Database();
        var command = new Command("send", "Send an event to a campaign's workflow or to one instance.") { target, name, payload, json, database };
        command.SetAction((result, ct) => WithRuntimeAsync(result.GetValue(database), async service =>
        {
            var to = result.GetValue(target)!;
            var asJson = result.GetValue(json);
            if (!Guid.TryParse(to, out var instanceId))
            {
                var results = await service.SendCampaignEventAsync(to, result.GetValue(name)!, result.GetValue(payload), ct);
                return results.Select(r => Report(r, asJson)).DefaultIfEmpty(ExitCodes.Ok).Max();
            }
            try
            {
                return Report(await service.SendEventAsync(instanceId, result.GetValue(name)!, result.GetValue(payload), ct), asJson);
            }
            catch (WorkflowInstanceNotFoundException)
            {
                await Console.Error.WriteLineAsync($"campaignflow: workflow instance {instanceId} does not exist.");
                return ExitCodes.BadInput;
            }
        }, ct));
        return command;
    }

    private static Command Status()
    {
        var campaign = new Argument<string>("campaignNo") { Description = "The campaign, e.g. CP0001." };
        var json = Json();
        var database = HostOptions.Database();
        var command = new Command("status", "Show a campaign's workflow instances: state, history, pending timers, unhandled events, incidents.") { campaign, json, database };
        command.SetAction((result, ct) => WithRuntimeAsync(result.GetValue(database), async service =>
        {
            var instances = await service.ListByCampaignAsync(result.GetValue(campaign)!, ct);
            if (result.GetValue(json)) CliJson.Print(instances);
            else if (instances.Count == 0) Console.WriteLine($"{result.GetValue(campaign)} runs no workflow.");
            foreach (var instance in result.GetValue(json) ? [] : instances) PrintInstance(instance);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    /// <summary>Opens the store and loads the workflow definitions as the server does at start, then runs <paramref name="work"/>.</summary>
    private static Task<int> WithRuntimeAsync(string? database, Func<WorkflowService, Task<int>> work, CancellationToken ct) =>
        CliStore.RunAsync(database, async app =>
        {
            var importer = app.Services.GetRequiredService<WorkflowDefinitionImporter>();
            try
            {
                if (app.Services.GetRequiredService<IOptions<WorkflowHostingOptions>>().Value.ImportDefinitionsOnStart) await importer.ImportAsync(ct);
                else await importer.LoadStoredAsync(ct);
            }
            catch (WorkflowDefinitionException ex)
            {
                await Console.Error.WriteLineAsync($"campaignflow: the workflow definitions cannot be loaded:{Environment.NewLine}{ex.Message}");
                return ExitCodes.BadInput;
            }
            return await work(app.Services.GetRequiredService<WorkflowService>());
        }, ct);

    private static int Report(WorkflowTriggerResult result, bool json)
    {
        if (json) CliJson.Print(WorkflowTriggerResponse.From(result));
        else
        {
            Console.WriteLine($"{result.Outcome}{(result.Message is null ? "" : $": {result.Message}")}");
            if (result.Instance is { } instance) PrintInstance(instance);
        }
        if (result.Outcome == WorkflowTriggerOutcome.Rejected) Console.Error.WriteLine($"campaignflow: {result.Message}");
        return result.Outcome switch
        {
            WorkflowTriggerOutcome.Rejected => ExitCodes.BadInput,
            WorkflowTriggerOutcome.Faulted => ExitCodes.WorkflowIncident,
            _ => (result.FollowUps ?? []).Select(f => Report(f, json: false)).DefaultIfEmpty(ExitCodes.Ok).Max(),
        };
    }

    private static void PrintInstance(WorkflowInstance instance)
    {
        Console.WriteLine($"{instance.CampaignNo} {instance.DefinitionKey.Id} v{instance.WorkflowVersion} instance {instance.Id}: {instance.State} ({instance.Status})");
        foreach (var entry in instance.History)
            Console.WriteLine($"  {entry.At:yyyy-MM-dd HH:mm} {entry.From ?? "(start)"} -> {entry.To} ({entry.Cause})");
        foreach (var timer in instance.Timers)
            Console.WriteLine($"  timer {timer.Description} due {timer.DueDate:yyyy-MM-dd}");
        foreach (var unhandled in instance.UnhandledEvents)
            Console.WriteLine($"  unhandled {unhandled.EventName} in {unhandled.State} at {unhandled.At:yyyy-MM-dd HH:mm}: {unhandled.Reason}");
        foreach (var incident in instance.Incidents.Where(i => i.IsOpen))
            Console.WriteLine($"  INCIDENT in {incident.State}, step {incident.Step}{(incident.Location is null ? "" : $" at {incident.Location}")}: {incident.Message} (attempts {incident.Attempts})");
    }
}
