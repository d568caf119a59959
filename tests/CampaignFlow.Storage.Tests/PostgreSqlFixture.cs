using CampaignFlow.Testing;

namespace CampaignFlow.Storage.Tests;

/// <summary>One PostgreSQL server for all PostgreSQL tests of this project.</summary>
public sealed class PostgreSqlFixture : IAsyncLifetime
{
    public PostgreSqlServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgreSqlServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
