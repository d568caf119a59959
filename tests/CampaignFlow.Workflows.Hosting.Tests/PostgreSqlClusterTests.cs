using CampaignFlow.Storage;
using CampaignFlow.Storage.Schema;
using CampaignFlow.Testing;
using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CampaignFlow.Workflows.Hosting.Tests;

/// <summary>Two hosts in Quartz's clustered mode on one PostgreSQL database (a private Debian PostgreSQL cluster).</summary>
public sealed class PostgreSqlClusterTests
{
    [Fact]
    public async Task Two_clustered_hosts_share_the_job_store_and_a_timer_moves_the_instance_exactly_once()
    {
        await using var server = await PostgreSqlServer.StartAsync();
        await using (var admin = new NpgsqlConnection(server.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE cluster_test", admin);
            await create.ExecuteNonQueryAsync();
        }

        var storage = new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = server.ConnectionString("cluster_test") };
        var contexts = new OptionsContextFactory(storage);
        await new StoreInitializer(contexts, Microsoft.Extensions.Options.Options.Create(storage), new SchemaMigrator(NullLogger<SchemaMigrator>.Instance),
            new StoreReadiness(), NullLogger<StoreInitializer>.Instance).InitializeAsync();
        await using (var db = contexts.CreateDbContext())
        {
            await Seed001.SeedAsync(db);
        }

        var definitions = Path.Combine(server.Root, "workflows");
        Directory.CreateDirectory(definitions);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "workflows", "trade-show.json"), Path.Combine(definitions, "trade-show.json"));
        var clock = new SharedClock(new DateTimeOffset(2026, 1, 2, 9, 0, 0, TimeSpan.Zero));
        var pricing = new RecordingPricing();
        var segments = new FollowUpSegmentLogger();
        var clustered = new Dictionary<string, string?> { ["Workflows:Hosting:Clustered"] = "true", ["Workflows:Hosting:ClusterCheckinInterval"] = "00:00:01" };
        await using var first = await WorkflowTestHost.StartAsync(storage, definitions, clock, pricing, segments, clustered);
        await using var second = await WorkflowTestHost.StartAsync(storage, definitions, clock, pricing, segments, clustered);

        var id = (await first.Workflows.StartAsync(Seed001.CampaignNo, "trade-show")).Instance!.Id;
        Assert.Equal("ACTIVE", (await second.Workflows.SendEventAsync(id, "approve")).Instance!.State);
        clock.SetUtcNow(new DateTimeOffset(2026, 1, 9, 0, 0, 1, TimeSpan.Zero));
        await first.WaitForAsync(id, i => i.State == "FOLLOW-UP", "FOLLOW-UP fired by one node", 60);
        await Task.Delay(3000);

        Assert.Equal(1, first.Firings.Effective + second.Firings.Effective);
        var instance = (await second.Workflows.GetAsync(id))!;
        Assert.Single(instance.History, h => h.Cause == "timer after 1W");
        await using var check = contexts.CreateDbContext();
        Assert.Equal(2, await check.Database.SqlQueryRaw<int>("SELECT COUNT(*)::int AS \"Value\" FROM qrtz_scheduler_state").SingleAsync());
        Assert.Equal(10, await check.Tasks.CountAsync());
    }

    private sealed class OptionsContextFactory(StorageOptions options) : IDbContextFactory<CampaignFlowDbContext>
    {
        public CampaignFlowDbContext CreateDbContext()
        {
            var builder = new DbContextOptionsBuilder<CampaignFlowDbContext>();
            StorageServiceCollectionExtensions.Configure(builder, options);
            return new CampaignFlowDbContext(builder.Options);
        }
    }
}
