using BenchmarkDotNet.Running;

// Each benchmark class is picked by name: `-- --filter '*Rule*'`, or all of them with `-- --filter '*'`.
// `-- workflow-latency` prints per-transition mean/p50/p99 (BenchmarkDotNet reports per-iteration statistics only).
if (args is ["workflow-latency", ..])
{
    await CampaignFlow.Benchmarks.Workflows.WorkflowLatencyProbe.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
