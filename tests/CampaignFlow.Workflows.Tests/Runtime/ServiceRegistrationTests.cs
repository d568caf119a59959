using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Runtime;
using CampaignFlow.Workflows.Tests.Definitions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Workflows.Tests.Runtime;

public class ServiceRegistrationTests
{
    [Fact]
    public async Task AddCampaignFlowWorkflows_wires_a_runtime_over_the_host_supplied_boundaries()
    {
        var campaigns = new InMemoryCampaignSource();
        campaigns.Add("CP0001", new DateOnly(2024, 3, 4), null);
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero)))
            .AddSingleton<IWorkflowInstanceStore, InMemoryWorkflowStore>()
            .AddSingleton<IWorkflowTimerScheduler, RecordingTimerScheduler>()
            .AddSingleton<IWorkflowCampaignSource>(campaigns)
            .AddSingleton<IWorkflowActionHandler>(new RecordingActionHandler(WorkflowActionNames.SetStatus))
            .AddCampaignFlowWorkflows(o => o.TimerTimeOfDay = new TimeOnly(6, 0));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        provider.GetRequiredService<WorkflowDefinitionCatalog>().AddRange(WorkflowDefinitionLoader.LoadDirectory(DemoStatusCodes.WorkflowsFolder, DemoStatusCodes.Context));

        await using var scope = provider.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().StartAsync("CP0001", "campaign-lifecycle");

        Assert.Equal(WorkflowTriggerOutcome.Transitioned, result.Outcome);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 6, 0, 0, TimeSpan.Zero), Assert.Single(result.Instance!.Timers).DueAt);
        Assert.Contains(WorkflowActionNames.RaiseEvent, provider.GetRequiredService<WorkflowActionRegistry>().Names);
    }

    [Fact]
    public void Invalid_options_are_refused()
    {
        using var provider = new ServiceCollection().AddCampaignFlowWorkflows(o => o.MaxConcurrencyRetries = 0).BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<WorkflowOptions>>().Value);
        Assert.Contains("Workflows:MaxConcurrencyRetries must be at least 1", ex.Message, StringComparison.Ordinal);
    }
}
