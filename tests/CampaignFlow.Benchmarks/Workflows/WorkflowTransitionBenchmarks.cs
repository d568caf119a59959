using BenchmarkDotNet.Attributes;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Benchmarks.Workflows;

/// <summary>
/// One event transition (PLANNED ⇄ ACTIVE: exit/entry actions, timers canceled and armed, history appended, a new
/// snapshot saved) on each of 10,000 in-memory instances, against a raw baseline that only flips a state in a
/// dictionary. Reported per transition.
/// </summary>
[MemoryDiagnoser]
public class WorkflowTransitionBenchmarks
{
    private const int Instances = 10_000;
    private WorkflowRuntime runtime = null!;
    private Guid[] ids = [];
    private bool forward = true;
    private Dictionary<Guid, string> rawStates = [];

    [GlobalSetup]
    public void Setup()
    {
        (runtime, _) = BenchWorkflowDoubles.CreateRuntime();
        ids = BenchWorkflowDoubles.StartAsync(runtime, Instances).GetAwaiter().GetResult();
        rawStates = ids.ToDictionary(id => id, _ => "PLANNED");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Instances)]
    public int RawDictionaryStateFlip()
    {
        var moved = 0;
        foreach (var id in ids)
        {
            var state = rawStates[id];
            rawStates[id] = state == "PLANNED" ? "ACTIVE" : "PLANNED";
            moved++;
        }

        return moved;
    }

    [Benchmark(OperationsPerInvoke = Instances)]
    public async Task<int> RuntimeEventTransition()
    {
        var eventName = forward ? "go" : "back";
        forward = !forward;
        var moved = 0;
        foreach (var id in ids)
        {
            var result = await runtime.SendEventAsync(id, eventName);
            if (result.Outcome == WorkflowTriggerOutcome.Transitioned)
            {
                moved++;
            }
        }

        return moved;
    }
}
