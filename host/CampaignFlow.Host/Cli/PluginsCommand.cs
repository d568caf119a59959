using System.CommandLine;
using CampaignFlow.Host.Api.Plugins;
using CampaignFlow.Plugins.Loading;

namespace CampaignFlow.Host.Cli;

/// <summary>`campaignflow plugins list [--json]`: loads the plugins folder as the server does and reports each plugin.</summary>
internal static class PluginsCommand
{
    public static Command Create()
    {
        var plugins = new Command("plugins", "Inspect the plugins folder.");
        var json = new Option<bool>("--json") { Description = "Print the list as JSON (as GET /api/plugins)." };
        var list = new Command("list", "List every plugin: id, version, status (loaded/disabled and why), channels, workflow actions.") { json };
        list.SetAction((result, _) => CliServices.RunAsync(services =>
        {
            var registry = services.GetRequiredService<PluginRegistry>();
            if (result.GetValue(json))
            {
                CliJson.Print(registry.Plugins.Select(PluginView.From));
                return Task.FromResult(ExitCodes.Ok);
            }
            Console.WriteLine(registry.PluginsPath is null ? "No plugins folder found." : $"Plugins in {registry.PluginsPath}:");
            foreach (var plugin in registry.Plugins)
            {
                Console.WriteLine($"{plugin.Id} {plugin.Version ?? "?"} {plugin.Status}{(plugin.Error is null ? "" : $": {plugin.Error}")}");
                if (plugin.Channels.Count > 0) Console.WriteLine($"  channels: {string.Join(", ", plugin.Channels)}");
                if (plugin.WorkflowActions.Count > 0) Console.WriteLine($"  workflow actions: {string.Join(", ", plugin.WorkflowActions)}");
            }
            return Task.FromResult(ExitCodes.Ok);
        }));
        plugins.Subcommands.Add(list);
        return plugins;
    }
}
