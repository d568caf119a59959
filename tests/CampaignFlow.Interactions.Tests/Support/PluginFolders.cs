namespace CampaignFlow.Interactions.Tests.Support;

/// <summary>Lays out a plugins folder for one test from the plugin folders the build copied next to the tests (as the plugins tests do).</summary>
public static class PluginFolders
{
    public static string BuiltPluginsPath => Path.Combine(AppContext.BaseDirectory, "plugins");

    public static void Copy(string pluginsRoot, string id)
    {
        var source = Path.Combine(BuiltPluginsPath, id);
        Assert.True(Directory.Exists(source), $"plugin folder {source} was not built");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(pluginsRoot, id, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
