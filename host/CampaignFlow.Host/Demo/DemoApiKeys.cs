using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Security;
using CampaignFlow.Storage;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Demo;

/// <summary>
/// The demo's keys, one per role. Keys are stored hashed, so the whole keys are written once, on first
/// start, to a file beside the demo database (readable by its owner only) and printed from there on
/// every demo start; a real deployment creates keys with <c>campaignflow keys create</c> instead.
/// </summary>
public sealed class DemoApiKeys(ApiKeyService keys, IOptions<StorageOptions> storage, ILogger<DemoApiKeys> logger)
{
    /// <summary>Filled by <see cref="EnsureAsync"/>: role → whole key.</summary>
    public IReadOnlyDictionary<string, string> Keys { get; private set; } = new Dictionary<string, string>();

    public string KeyFilePath => storage.Value.Provider == StorageProvider.Sqlite
        ? Path.GetFullPath(storage.Value.SqlitePath + ".demo-keys.txt")
        : Path.GetFullPath("data/demo-keys.txt");

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        var read = await ReadFileAsync(cancellationToken);
        var existing = await keys.ListAsync(cancellationToken);
        if (read.Count == Roles.All.Count && read.Values.All(k => existing.Any(e => e.Active && k.StartsWith($"{ApiKeyHasher.Prefix}{e.Id}_", StringComparison.Ordinal))))
        {
            Keys = read;
            return;
        }
        var created = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var role in Roles.All)
            created[role] = (await keys.CreateAsync($"demo-{role}", role, cancellationToken)).Key;
        await WriteFileAsync(created, cancellationToken);
        Keys = created;
        logger.LogInformation("Demo API keys created and saved to {File}", KeyFilePath);
    }

    private async Task<Dictionary<string, string>> ReadFileAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(KeyFilePath)) return result;
        foreach (var line in await File.ReadAllLinesAsync(KeyFilePath, cancellationToken))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && Roles.IsKnown(parts[0])) result[parts[0]] = parts[1];
        }
        return result;
    }

    private async Task WriteFileAsync(Dictionary<string, string> created, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFilePath)!);
        await File.WriteAllLinesAsync(KeyFilePath, created.Select(k => $"{k.Key} {k.Value}"), cancellationToken);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(KeyFilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
