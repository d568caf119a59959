using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Workflows.Tests.Definitions;

/// <summary>The status codes of the demo data, and the shipped workflows loaded against them.</summary>
internal static class DemoStatusCodes
{
    public static readonly string[] All = ["PLANNED", "ACTIVE", "FOLLOW-UP", "COMPLETED", "CANCELED"];

    public static WorkflowValidationContext Context { get; } = WorkflowValidationContext.For(All);

    public static string WorkflowsFolder => Path.Combine(AppContext.BaseDirectory, "workflows");

    public static WorkflowDefinition TradeShow() => WorkflowDefinitionLoader.LoadFile(Path.Combine(WorkflowsFolder, "trade-show.json"), Context);

    public static WorkflowDefinition Lifecycle() => WorkflowDefinitionLoader.LoadFile(Path.Combine(WorkflowsFolder, "campaign-lifecycle.json"), Context);
}
