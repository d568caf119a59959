using CampaignFlow.Plugins.Loading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampaignFlow.Plugins.Tests;

/// <summary>A host container with the real loader over a given plugins folder and settings.</summary>
public sealed class TestHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public TestHost(string pluginsPath, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Plugins:Path"] = pluginsPath };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.AddProvider(Logs));
        collection.AddSingleton<IConfiguration>(configuration);
        services?.Invoke(collection);
        collection.AddCampaignFlowPlugins(configuration);
        _provider = collection.BuildServiceProvider();
    }

    public CollectingLoggerProvider Logs { get; } = new();

    public PluginCatalog Catalog => _provider.GetRequiredService<PluginCatalog>();

    public PluginRegistry Registry => _provider.GetRequiredService<PluginRegistry>();

    public ChannelRouter Router => _provider.GetRequiredService<ChannelRouter>();

    public GuardedChannel Channel(string code) => Catalog.Channels.Single(channel => channel.Code == code);

    public void Dispose() => _provider.Dispose();
}
