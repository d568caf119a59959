using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Plugins.Loading;

/// <summary>A plugin that loaded: its context, its container and what it provides.</summary>
internal sealed record LoadedPlugin(
    PluginManifest Manifest,
    PluginLoadContext Context,
    ServiceProviderOwner Services,
    IReadOnlyList<IChannel> Channels,
    IReadOnlyList<IWorkflowAction> WorkflowActions);
