using System.Reflection;
using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Plugins.Loading;

/// <summary>
/// Loads every plugin folder once, when created: each in its own <see cref="System.Runtime.Loader.AssemblyLoadContext"/>
/// with its own service container. A plugin that fails at any step is disabled and reported in <see cref="Registry"/>
/// and the log; the others load regardless.
/// </summary>
public sealed class PluginCatalog : IDisposable
{
    private static readonly Type[] ForwardedHostServices = [typeof(IPhoneTaskService), typeof(IInteractionOutcomeRecorder)];

    private readonly PluginOptions _options;
    private readonly IConfiguration _configuration;
    private readonly IServiceProvider _hostServices;
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly List<LoadedPlugin> _loaded = [];

    /// <summary>Creates the catalog and loads the plugins.</summary>
    /// <param name="options">The loader settings.</param>
    /// <param name="configuration">The host configuration; each plugin gets its <c>Plugins:&lt;id&gt;</c> section.</param>
    /// <param name="hostServices">The host's root provider, from which host services offered to plugins are forwarded.</param>
    /// <param name="loggerFactory">The host's logger factory, shared with the plugins.</param>
    public PluginCatalog(IOptions<PluginOptions> options, IConfiguration configuration, IServiceProvider hostServices, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _configuration = configuration;
        _hostServices = hostServices;
        _loggerFactory = loggerFactory;
        _time = hostServices.GetService<TimeProvider>() ?? TimeProvider.System;
        _logger = loggerFactory.CreateLogger<PluginCatalog>();

        var path = ResolvePluginsPath(_options.Path, hostServices.GetService<IHostEnvironment>()?.ContentRootPath);
        var infos = new List<PluginInfo>();
        if (path is null)
        {
            _logger.LogWarning("No plugins folder found for Plugins:Path '{Path}'; the host runs without plugins.", _options.Path);
        }
        else
        {
            foreach (var folder in Directory.GetDirectories(path).Order(StringComparer.Ordinal))
            {
                infos.Add(LoadFolder(folder));
            }
        }

        Registry = new PluginRegistry(path, infos.OrderBy(info => info.Id, StringComparer.Ordinal).ToArray());
        Channels = _loaded
            .SelectMany(plugin => plugin.Channels.Select(channel => new GuardedChannel(plugin.Manifest.Id, channel, _options, _time, _logger)))
            .ToArray();
        WorkflowActions = _loaded
            .SelectMany(plugin => plugin.WorkflowActions.Select(action => new GuardedWorkflowAction(plugin.Manifest.Id, action, _options, _time, _logger)))
            .ToArray();
    }

    /// <summary>Gets every plugin found, loaded or disabled.</summary>
    public PluginRegistry Registry { get; }

    /// <summary>Gets the channels of the loaded plugins, in plugin id order.</summary>
    public IReadOnlyList<GuardedChannel> Channels { get; }

    /// <summary>Gets the workflow actions of the loaded plugins, in plugin id order.</summary>
    public IReadOnlyList<GuardedWorkflowAction> WorkflowActions { get; }

    /// <summary>
    /// Resolves a service that loaded plugins export through an SDK interface (for example <see cref="ICallList"/>)
    /// from each loaded plugin's container.
    /// </summary>
    /// <typeparam name="T">An interface defined in the SDK.</typeparam>
    /// <returns>Each plugin's registrations of <typeparamref name="T"/>, in plugin id order.</returns>
    public IReadOnlyList<T> GetExports<T>()
        where T : class
    {
        if (typeof(T).Assembly != typeof(IChannel).Assembly || ForwardedHostServices.Contains(typeof(T)))
        {
            throw new ArgumentException($"{typeof(T)} is not a plugin export: only SDK interfaces that plugins implement can be exported.", nameof(T));
        }

        return _loaded.OrderBy(plugin => plugin.Manifest.Id, StringComparer.Ordinal)
            .SelectMany(plugin => plugin.Services.Provider.GetServices<T>())
            .ToArray();
    }

    /// <summary>Disposes the plugins' containers and unloads collectible contexts.</summary>
    public void Dispose()
    {
        foreach (var plugin in _loaded)
        {
            plugin.Services.Dispose();
            UnloadIfCollectible(plugin.Context);
        }

        _loaded.Clear();
    }

    internal static string? ResolvePluginsPath(string configured, string? contentRoot)
    {
        if (Path.IsPathRooted(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        string?[] candidates = [Path.Combine(AppContext.BaseDirectory, configured), contentRoot is null ? null : Path.Combine(contentRoot, configured)];
        return candidates.FirstOrDefault(Directory.Exists) is { } found ? Path.GetFullPath(found) : null;
    }

    private PluginInfo LoadFolder(string folder)
    {
        if (!PluginManifestReader.TryRead(folder, out var manifest, out var manifestError))
        {
            return Disable(PluginInfo.Disabled(Path.GetFileName(folder), null, null, folder, manifestError!));
        }

        var m = manifest!;
        PluginInfo Fail(string error) => Disable(PluginInfo.Disabled(m.Id, m.Version, m.Description, folder, error));

        if (_loaded.Any(plugin => string.Equals(plugin.Manifest.Id, m.Id, StringComparison.OrdinalIgnoreCase)))
        {
            return Fail($"Plugin id '{m.Id}' is already used by another folder; this copy is ignored.");
        }

        if (_options.Disabled.Contains(m.Id, StringComparer.OrdinalIgnoreCase))
        {
            return Fail("Disabled by configuration (Plugins:Disabled).");
        }

        PluginLoadContext? context = null;
        ServiceProvider? provider = null;
        string step = "loading its entry assembly";
        try
        {
            context = new PluginLoadContext(Path.Combine(folder, m.EntryAssembly), _options.Collectible);
            var assembly = context.LoadFromAssemblyPath(Path.Combine(folder, m.EntryAssembly));
            step = "reading its types";
            var types = assembly.GetExportedTypes().Where(type => type is { IsClass: true, IsAbstract: false }).ToArray();

            var services = CreatePluginServices();
            var section = _configuration.GetSection($"{PluginOptions.SectionName}:{m.Id}");
            foreach (var pluginType in types.Where(typeof(IPlugin).IsAssignableFrom))
            {
                step = $"creating {pluginType.FullName}";
                var plugin = (IPlugin)Activator.CreateInstance(pluginType)!;
                step = $"running {pluginType.FullName}.ConfigureServices";
                plugin.ConfigureServices(services, section);
            }

            AddUnregistered<IChannel>(services, types);
            AddUnregistered<IWorkflowAction>(services, types);

            step = "building its services";
            provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
            step = "creating its channels";
            var channels = provider.GetServices<IChannel>().ToArray();
            step = "creating its workflow actions";
            var actions = provider.GetServices<IWorkflowAction>().ToArray();
            step = "checking its channels and actions";
            var conflict = FindConflict(channels, actions);
            if (conflict is not null)
            {
                provider.Dispose();
                UnloadIfCollectible(context);
                return Fail(conflict);
            }

            var loaded = new LoadedPlugin(m, context, new ServiceProviderOwner(provider), channels, actions);
            _loaded.Add(loaded);
            var info = new PluginInfo(m.Id, m.Version, m.Description, folder, PluginStatus.Loaded, null,
                channels.Select(channel => channel.Code).ToArray(), actions.Select(action => action.Name).ToArray());
            _logger.LogInformation("Plugin {Id} {Version} loaded from {Folder}: channels [{Channels}], workflow actions [{Actions}].",
                m.Id, m.Version, folder, string.Join(", ", info.Channels), string.Join(", ", info.WorkflowActions));
            return info;
        }
        catch (Exception ex)
        {
            provider?.Dispose();
            UnloadIfCollectible(context);
            return Fail($"Failed while {step}: {Describe(ex)}");
        }
    }

    private static void UnloadIfCollectible(PluginLoadContext? context)
    {
        if (context is { IsCollectible: true })
        {
            context.Unload();
        }
    }

    private ServiceCollection CreatePluginServices()
    {
        var services = new ServiceCollection();
        services.AddSingleton(_loggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(_time);
        var isService = _hostServices.GetService<IServiceProviderIsService>();
        foreach (var type in ForwardedHostServices.Where(type => isService?.IsService(type) == true))
        {
            services.AddSingleton(type, _ => _hostServices.GetRequiredService(type));
        }

        return services;
    }

    private static void AddUnregistered<TService>(ServiceCollection services, Type[] types)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(TService)))
        {
            return; // the plugin registered its own: take exactly those
        }

        foreach (var type in types.Where(typeof(TService).IsAssignableFrom))
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(TService), type));
        }
    }

    private string? FindConflict(IChannel[] channels, IWorkflowAction[] actions)
    {
        foreach (var channel in channels)
        {
            if (string.IsNullOrWhiteSpace(channel.Code) || channel.Handles is null || channel.Handles.Count == 0)
            {
                return $"Channel {channel.GetType().FullName} has no code or handles no correspondence type.";
            }

            var owner = _loaded.FirstOrDefault(plugin => plugin.Channels.Any(other => string.Equals(other.Code, channel.Code, StringComparison.OrdinalIgnoreCase)));
            if (owner is not null)
            {
                return $"Channel code '{channel.Code}' is already provided by plugin '{owner.Manifest.Id}'.";
            }
        }

        foreach (var action in actions)
        {
            var owner = _loaded.FirstOrDefault(plugin => plugin.WorkflowActions.Any(other => string.Equals(other.Name, action.Name, StringComparison.Ordinal)));
            if (string.IsNullOrWhiteSpace(action.Name) || owner is not null)
            {
                return $"Workflow action '{action.Name}' has no name or is already provided by plugin '{owner?.Manifest.Id}'.";
            }
        }

        return null;
    }

    private PluginInfo Disable(PluginInfo info)
    {
        _logger.LogError("Plugin {Id} in {Folder} is disabled: {Error}", info.Id, info.Folder, info.Error);
        return info;
    }

    private static string Describe(Exception exception)
    {
        while (exception is TargetInvocationException { InnerException: { } inner })
        {
            exception = inner;
        }

        var text = $"{exception.GetType().Name}: {exception.Message}";
        return exception is ReflectionTypeLoadException { LoaderExceptions: var loaderExceptions }
            ? text + " " + string.Join(" ", loaderExceptions.OfType<Exception>().Select(inner => inner.Message).Distinct())
            : text;
    }
}
