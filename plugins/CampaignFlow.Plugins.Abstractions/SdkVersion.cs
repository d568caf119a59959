namespace CampaignFlow.Plugins.Abstractions;

/// <summary>
/// The version of this SDK. A plugin declares the SDK version it was built against in <c>plugin.json</c>
/// (<see cref="PluginManifest.SdkVersion"/>); the host loads it only when the major versions are equal and the
/// plugin's minor version is not newer than the host's. Additions raise the minor version; breaking changes the major.
/// </summary>
public static class SdkVersion
{
    /// <summary>The major version: plugins built for another major version are disabled.</summary>
    public const int Major = 1;

    /// <summary>The minor version: plugins built for a newer minor version of the same major are disabled.</summary>
    public const int Minor = 1;

    /// <summary>The version as written in <c>plugin.json</c>.</summary>
    public const string Current = "1.1";
}
