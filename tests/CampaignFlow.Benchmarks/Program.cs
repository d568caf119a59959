using BenchmarkDotNet.Running;

// Each benchmark class is picked by name: `-- --filter '*Rule*'`, or all of them with `-- --filter '*'`.
// `-- workflow-latency` prints per-transition mean/p50/p99 (BenchmarkDotNet reports per-iteration statistics only).
if (args is ["workflow-latency", ..])
{
    await CampaignFlow.Benchmarks.Workflows.WorkflowLatencyProbe.RunAsync();
    return;
}

// `-- workflow-hosting [transitions] [tasks] [timers]` prints the store-backed figures: transition p99 over 10,000 instances, 100,000 tasks, 10,000 timers.
if (args is ["workflow-hosting", ..])
{
    await CampaignFlow.Benchmarks.WorkflowHosting.WorkflowHostingProbe.RunAsync(args[1..]);
    return;
}

// `-- letters [count] [key=value…]` prints Log Segment and letter delivery figures for one segment (default 10,000 lines) beside bare PDFsharp.
if (args is ["letters", ..])
{
    await CampaignFlow.Benchmarks.Interactions.LetterProbe.RunAsync(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
