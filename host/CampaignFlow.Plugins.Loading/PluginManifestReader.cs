using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Plugins.Loading;

/// <summary>Reads and checks a plugin folder's <c>plugin.json</c>; every error names the file and the field.</summary>
public static partial class PluginManifestReader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads the manifest of a plugin folder.</summary>
    /// <param name="folder">The plugin's folder.</param>
    /// <param name="manifest">The manifest, when valid.</param>
    /// <param name="error">Why the manifest is not valid, naming the file and the field or position.</param>
    /// <returns><see langword="true"/> when the manifest is valid and its entry assembly exists.</returns>
    public static bool TryRead(string folder, out PluginManifest? manifest, out string? error)
    {
        manifest = null;
        var path = Path.Combine(folder, PluginManifest.FileName);
        if (!File.Exists(path))
        {
            error = $"{path}: the manifest is missing (every plugin folder needs a {PluginManifest.FileName}).";
            return false;
        }

        try
        {
            var json = File.ReadAllText(path);
            if (FindMissingField(json) is { } missing)
            {
                error = $"{path}: field '{missing}' is missing (required: {string.Join(", ", RequiredFields)}).";
                return false;
            }

            manifest = JsonSerializer.Deserialize<PluginManifest>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, column {ex.BytePositionInLine + 1}")
                : string.Empty;
            error = $"{path}: not a valid manifest{where}: {ex.Message}";
            return false;
        }

        error = manifest is null ? $"{path}: the manifest is empty (null)." : Validate(manifest, folder, path);
        if (error is not null)
        {
            manifest = null;
        }

        return error is null;
    }

    private static readonly string[] RequiredFields = ["id", "version", "sdkVersion", "entryAssembly"];

    private static string? FindMissingField(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"The manifest must be a JSON object, not {document.RootElement.ValueKind}.");
        }

        var present = document.RootElement.EnumerateObject().Select(property => property.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return RequiredFields.FirstOrDefault(field => !present.Contains(field));
    }

    private static string? Validate(PluginManifest manifest, string folder, string path)
    {
        if (string.IsNullOrWhiteSpace(manifest.Id) || !IdPattern().IsMatch(manifest.Id))
        {
            return $"{path}: field 'id' is '{manifest.Id}'; it must be 1-64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit.";
        }

        if (PluginOptions.ReservedNames.Contains(manifest.Id))
        {
            return $"{path}: field 'id' is '{manifest.Id}', a name reserved for the loader's own settings in the 'Plugins' section.";
        }

        if (string.IsNullOrWhiteSpace(manifest.Version) || !VersionPattern().IsMatch(manifest.Version))
        {
            return $"{path}: field 'version' is '{manifest.Version}'; expected a version like 1.0.0.";
        }

        var sdkError = CheckSdkVersion(manifest.SdkVersion);
        if (sdkError is not null)
        {
            return $"{path}: field 'sdkVersion' {sdkError}";
        }

        var entry = manifest.EntryAssembly;
        if (string.IsNullOrWhiteSpace(entry) || entry != Path.GetFileName(entry) || !entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            return $"{path}: field 'entryAssembly' is '{entry}'; expected the file name of a .dll in the plugin folder.";
        }

        return File.Exists(Path.Combine(folder, entry))
            ? null
            : $"{path}: field 'entryAssembly' names '{entry}', which is not in {folder}.";
    }

    private static string? CheckSdkVersion(string? text)
    {
        var match = text is null ? null : SdkVersionPattern().Match(text);
        if (match is null || !match.Success)
        {
            return $"is '{text}'; expected major.minor, for example {SdkVersion.Current}.";
        }

        var major = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minor = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (major != SdkVersion.Major)
        {
            return $"is '{text}': the plugin was built for SDK major version {major}, this host provides {SdkVersion.Current} (major {SdkVersion.Major}); rebuild the plugin against SDK {SdkVersion.Major}.x.";
        }

        return minor > SdkVersion.Minor
            ? $"is '{text}': the plugin needs SDK {major}.{minor}, newer than this host's {SdkVersion.Current}; update the host."
            : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\d+\.\d+(\.\d+)?([-+][0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^(\d{1,4})\.(\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex SdkVersionPattern();
}
