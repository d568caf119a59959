namespace CampaignFlow.Testing;

/// <summary>
/// Lays out a plugins folder for one test from the plugin folders the build copied next to the test assembly
/// (<c>$(OutDir)plugins/</c>, by plugins/CampaignFlow.Plugins.targets).
/// </summary>
public static class PluginFolders
{
    public static string BuiltPluginsPath => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>Copies the built plugin <paramref name="id"/> into <paramref name="pluginsRoot"/>/<paramref name="folderName"/> (default: the id).</summary>
    public static string Copy(string pluginsRoot, string id, string? folderName = null)
    {
        var source = Path.Combine(BuiltPluginsPath, id);
        if (!Directory.Exists(source)) throw new DirectoryNotFoundException($"Plugin folder {source} was not built (does the test project import CampaignFlow.Plugins.targets?).");
        var target = Path.Combine(pluginsRoot, folderName ?? id);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <summary>Copies the faulty test plugin under another id (each copy is a separate plugin).</summary>
    public static string CopyFaulty(string pluginsRoot, string id, string sdkVersion = "1.0")
    {
        var folder = Copy(pluginsRoot, "faulty", id);
        WriteManifest(folder, $$"""
            { "id": "{{id}}", "version": "0.1.0", "sdkVersion": "{{sdkVersion}}", "entryAssembly": "CampaignFlow.TestPlugins.Faulty.dll" }
            """);
        return folder;
    }

    public static void WriteManifest(string folder, string json) => File.WriteAllText(Path.Combine(folder, "plugin.json"), json);
}
