using System.CommandLine;

namespace CampaignFlow.Host.Cli;

/// <summary>The `campaignflow` command line: one verb a class, assembled here.</summary>
public static class CampaignFlowCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("CampaignFlow — campaign automation: campaigns, segments, interactions, workflows.");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(DateFormulaCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(DeliverCommand.Create());
        root.Subcommands.Add(WorkflowCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(PluginsCommand.Create());
        root.Subcommands.Add(SegmentCommand.Create());
        root.Subcommands.Add(LogCommand.Create());
        return root;
    }
}
