using System.Reflection;
using System.Runtime.Loader;

namespace CampaignFlow.Plugins.Loading;

/// <summary>
/// One plugin's assemblies. The SDK and Microsoft.Extensions.* always come from the host (so IChannel, IServiceCollection
/// and ILogger are the host's types); everything else the plugin ships is resolved from its own folder through its deps.json.
/// </summary>
internal sealed class PluginLoadContext(string entryAssemblyPath, bool collectible)
    : AssemblyLoadContext(Path.GetFileNameWithoutExtension(entryAssemblyPath), collectible)
{
    private readonly AssemblyDependencyResolver _resolver = new(entryAssemblyPath);

    internal static bool IsShared(AssemblyName name) =>
        name.Name is { } simple
        && (simple == typeof(Abstractions.IChannel).Assembly.GetName().Name
            || simple.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal));

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (IsShared(assemblyName))
        {
            return null; // falls back to the host's (default) context
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
