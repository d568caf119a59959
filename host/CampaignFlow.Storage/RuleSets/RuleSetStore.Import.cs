using System.Security.Cryptography;
using System.Text;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Loading;
using CampaignFlow.Rules.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CampaignFlow.Storage.RuleSets;

public sealed partial class RuleSetStore
{
    /// <summary>
    /// Imports the shipped rule files (every *.json under <paramref name="rulesDirectory"/>, each workflow a rule set):
    /// a new workflow becomes version 1; a file whose workflow changed since it was last imported becomes a new
    /// version; an unchanged one writes nothing. A rule set changed or deleted in the store since its last import is
    /// kept as it is, even when the shipped file changed too (logged as a warning): edits made by admins win over the
    /// files shipped with a new CampaignFlow; PUT the file's JSON to take it. A file or workflow that does not validate
    /// is reported and skipped; the others are imported.
    /// </summary>
    public async Task<RuleSetImportResult> ImportShippedAsync(string rulesDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rulesDirectory);
        var created = new List<string>();
        var updated = new List<string>();
        var unchanged = new List<string>();
        var kept = new List<string>();
        var refused = new List<string>();
        if (!Directory.Exists(rulesDirectory)) return new(created, updated, unchanged, kept, refused);

        var shipped = new List<(string File, RuleWorkflow Workflow)>();
        foreach (var path in RuleFileLoader.RuleFilesIn(rulesDirectory))
        {
            var relative = "rules/" + Path.GetRelativePath(rulesDirectory, path).Replace('\\', '/');
            try
            {
                shipped.AddRange(RuleFileLoader.Load(path).Workflows.Select(w => (relative, w)));
            }
            catch (RuleLoadException ex)
            {
                refused.Add(relative);
                _logger.LogError("Shipped rule file {File} is not imported: {Problems}", relative, ex.Message);
            }
        }

        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.RuleSets.ToDictionaryAsync(r => r.WorkflowName, StringComparer.Ordinal, cancellationToken);
        var known = await LiveWorkflowsAsync(db, cancellationToken);
        // Workflows of the shipped files may inject each other whatever their order.
        foreach (var (_, workflow) in shipped) known.TryAdd(workflow.WorkflowName, workflow);

        foreach (var (file, workflow) in shipped)
        {
            var name = workflow.WorkflowName;
            var json = RuleSetValidator.Canonical(workflow);
            var hash = Hash(json);
            var row = rows.GetValueOrDefault(name);
            if (row is not null && row.ShippedHash == hash)
            {
                unchanged.Add(name);
                continue;
            }
            if (row is not null && (row.Deleted || row.ShippedHash is null || Hash(row.Json) != row.ShippedHash))
            {
                kept.Add(name);
                _logger.LogWarning("Shipped rule set {Workflow} in {File} differs from the store, where it was {Change} at version {Version}; the store's is kept",
                    name, file, row.Deleted ? "deleted" : "edited", row.Version);
                continue;
            }
            var (valid, canonical, diagnostics) = _validator.Validate(name, json, file, known.GetValueOrDefault);
            if (valid is null)
            {
                refused.Add(name);
                _logger.LogError("Shipped rule set {Workflow} in {File} is not imported: {Problems}", name, file, string.Join("; ", diagnostics.Select(d => d.ToString())));
                continue;
            }
            var isNew = row is null;
            row = Write(db, row, name, canonical, _options.ImportUser, $"imported from {file}");
            row.ShippedFile = file;
            row.ShippedHash = hash;
            rows[name] = row;
            (isNew ? created : updated).Add(name);
        }
        if (created.Count + updated.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            _snapshot = null;
            foreach (var name in created.Concat(updated)) Changed?.Invoke(name);
            _logger.LogInformation("Imported rule sets from {Directory}: {Created} new, {Updated} new versions, {Unchanged} unchanged",
                rulesDirectory, created.Count, updated.Count, unchanged.Count);
        }
        return new(created, updated, unchanged, kept, refused);
    }

    private static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
