using CampaignFlow.Testing;
using System.Collections.Concurrent;
using System.Globalization;
using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Plugins.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Plugins.Tests;

public sealed class PhoneTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly InMemoryTasks _tasks = new();
    private readonly Recorder _recorder = new();

    public void Dispose() => _temp.Dispose();

    public static Dictionary<string, string?> Settings(TempDirectory temp) => new()
    {
        ["Plugins:letter:OutputFolder"] = temp.Combine("letters"),
        ["Plugins:letter:PdfSharpLicense"] = "AGPL", // the tests run PDFsharp under the AGPL; the product's choice is configuration
    };

    public static Action<IServiceCollection> HostServices(IPhoneTaskService tasks, IInteractionOutcomeRecorder recorder) => services =>
    {
        services.AddSingleton(tasks);
        services.AddSingleton(recorder);
    };

    [Fact]
    public async Task Sending_creates_one_call_task_per_delivery_for_the_salesperson_with_the_script()
    {
        using var host = LoadPhone();
        var channel = host.Router.Route(ChannelKind.Phone);

        var first = await channel.SendAsync(Messages.Phone(10000), CancellationToken.None);
        var again = await channel.SendAsync(Messages.Phone(10000), CancellationToken.None);
        var second = await channel.SendAsync(Messages.Phone(20000), CancellationToken.None);

        Assert.True(first.IsDelivered, first.Error);
        Assert.Equal(first.ExternalId, again.ExternalId);
        Assert.NotEqual(first.ExternalId, second.ExternalId);
        var task = await _tasks.FindCallTaskAsync(first.ExternalId!, CancellationToken.None);
        Assert.NotNull(task);
        Assert.Equal("JO", task.Request.SalespersonCode);
        Assert.Equal("+47 22 33 44 55", task.Request.PhoneNo);
        Assert.Equal("Ask Ole whether the brochure arrived and whether he wants a visit.", task.Request.Script);
        Assert.Equal(new DeliveryId(3, 10000), task.Request.DeliveryId);
    }

    [Fact]
    public async Task The_exported_call_list_shows_open_calls_and_records_outcomes_back_as_interactions()
    {
        using var host = LoadPhone();
        var channel = host.Router.Route(ChannelKind.Phone);
        var reached = (await channel.SendAsync(Messages.Phone(10000), CancellationToken.None)).ExternalId!;
        var responded = (await channel.SendAsync(Messages.Phone(20000), CancellationToken.None)).ExternalId!;
        await channel.SendAsync(Messages.Phone(30000, salesperson: "OTHER"), CancellationToken.None);
        var callList = Assert.Single(host.Catalog.GetExports<ICallList>());

        var before = await callList.GetCallListAsync("JO", CancellationToken.None);
        var entryNo = await callList.RecordOutcomeAsync(responded, CallOutcomeKind.Response, "wants a visit in May", CancellationToken.None);
        await callList.RecordOutcomeAsync(reached, CallOutcomeKind.NoAnswer, null, CancellationToken.None);
        var after = await callList.GetCallListAsync("JO", CancellationToken.None);

        Assert.Equal([reached, responded], before.Select(task => task.TaskNo));
        Assert.Empty(after);
        Assert.Equal(1, entryNo);
        var response = _recorder.Outcomes[0];
        Assert.True(response.IsCampaignResponse);
        Assert.Equal("CP0003", response.CampaignNo);
        Assert.Equal("CT020000", response.ContactNo);
        Assert.Equal(102, response.InteractionEntryNo);
        Assert.Equal("wants a visit in May", response.Note);
        Assert.False(_recorder.Outcomes[1].IsCampaignResponse);
        Assert.Equal(CallOutcomeKind.NoAnswer, _recorder.Outcomes[1].Outcome);
        await Assert.ThrowsAsync<InvalidOperationException>(() => callList.RecordOutcomeAsync(responded, CallOutcomeKind.Reached, null, CancellationToken.None));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => callList.RecordOutcomeAsync("TASK-404", CallOutcomeKind.Reached, null, CancellationToken.None));
        Assert.Equal(2, _recorder.Outcomes.Count);
    }

    [Fact]
    public async Task A_phone_message_without_a_salesperson_is_a_permanent_failure()
    {
        using var host = LoadPhone();

        var result = await host.Router.Route(ChannelKind.Phone).SendAsync(Messages.Phone(10000, salesperson: null), CancellationToken.None);

        Assert.Equal(DeliveryStatus.PermanentFailure, result.Status);
        Assert.Contains("no salesperson", result.Error, StringComparison.Ordinal);
        Assert.Empty(_tasks.All);
    }

    [Fact]
    public void Without_the_host_task_service_the_phone_plugin_is_disabled_with_the_reason()
    {
        PluginFolders.Copy(_temp.Combine("plugins"), "phone");
        using var host = new TestHost(_temp.Combine("plugins"));

        var phone = host.Registry.Find("phone")!;
        Assert.Equal(PluginStatus.Disabled, phone.Status);
        Assert.Contains("IPhoneTaskService", phone.Error, StringComparison.Ordinal);
    }

    private TestHost LoadPhone()
    {
        PluginFolders.Copy(_temp.Combine("plugins"), "phone");
        var host = new TestHost(_temp.Combine("plugins"), null, HostServices(_tasks, _recorder));
        Assert.Equal(PluginStatus.Loaded, host.Registry.Find("phone")!.Status);
        return host;
    }

    /// <summary>The host's task store, in memory: one task per delivery id.</summary>
    public sealed class InMemoryTasks : IPhoneTaskService
    {
        private readonly ConcurrentDictionary<DeliveryId, PhoneCallTask> _byDelivery = new();
        private int _next;

        public IReadOnlyCollection<PhoneCallTask> All => [.. _byDelivery.Values];

        public Task<PhoneCallTask> CreateCallTaskAsync(PhoneCallTaskRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(_byDelivery.GetOrAdd(request.DeliveryId, _ => new PhoneCallTask
            {
                TaskNo = string.Create(CultureInfo.InvariantCulture, $"TASK-{Interlocked.Increment(ref _next):D4}"),
                Request = request,
                Date = new DateOnly(2026, 5, 4),
            }));

        public Task<IReadOnlyList<PhoneCallTask>> GetOpenCallTasksAsync(string salespersonCode, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PhoneCallTask>>(_byDelivery.Values
                .Where(task => !task.Completed && task.Request.SalespersonCode == salespersonCode)
                .OrderBy(task => task.Date).ThenBy(task => task.TaskNo, StringComparer.Ordinal).ToArray());

        public Task<PhoneCallTask?> FindCallTaskAsync(string taskNo, CancellationToken cancellationToken) =>
            Task.FromResult(_byDelivery.Values.FirstOrDefault(task => task.TaskNo == taskNo));

        public Task CompleteCallTaskAsync(string taskNo, CancellationToken cancellationToken)
        {
            var task = _byDelivery.Values.Single(candidate => candidate.TaskNo == taskNo);
            _byDelivery[task.Request.DeliveryId] = task with { Completed = true };
            return Task.CompletedTask;
        }
    }

    /// <summary>The host's interaction log, in memory.</summary>
    public sealed class Recorder : IInteractionOutcomeRecorder
    {
        private readonly List<InteractionOutcome> _outcomes = [];

        public IReadOnlyList<InteractionOutcome> Outcomes
        {
            get
            {
                lock (_outcomes)
                {
                    return [.. _outcomes];
                }
            }
        }

        public Task<int> RecordAsync(InteractionOutcome outcome, CancellationToken cancellationToken)
        {
            lock (_outcomes)
            {
                _outcomes.Add(outcome);
                return Task.FromResult(_outcomes.Count);
            }
        }
    }
}
