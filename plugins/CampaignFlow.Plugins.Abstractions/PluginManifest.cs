namespace CampaignFlow.Plugins.Abstractions;

/// <summary>The content of a plugin's <c>plugin.json</c>, which sits in the plugin's folder next to its entry assembly.</summary>
/// <example>
/// <code>
/// { "id": "letter", "version": "1.0.0", "sdkVersion": "1.0", "entryAssembly": "CampaignFlow.Channels.Letter.dll",
///   "description": "Letters as PDF files and print batches" }
/// </code>
/// </example>
public sealed record PluginManifest
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "plugin.json";

    /// <summary>Gets the plugin id: lower-case letters, digits, '.', '-' or '_'; unique in a host; also the configuration section name <c>Plugins:&lt;id&gt;</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the plugin's own version (for example <c>1.2.0</c>).</summary>
    public required string Version { get; init; }

    /// <summary>Gets the SDK version the plugin was built against (<c>major.minor</c>, see <see cref="Abstractions.SdkVersion"/>).</summary>
    public required string SdkVersion { get; init; }

    /// <summary>Gets the file name of the plugin's entry assembly in its folder (for example <c>MyCompany.Channels.Fax.dll</c>).</summary>
    public required string EntryAssembly { get; init; }

    /// <summary>Gets a one-line description shown in the plugin list.</summary>
    public string? Description { get; init; }
}
