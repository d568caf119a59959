using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CampaignFlow.Storage;
using CampaignFlow.Storage.Workflows;
using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Hosting.Rules;
using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Workflows.Hosting.Definitions;

/// <summary>
/// Imports workflows/*.json into the store as versions (an unchanged file imports nothing; a changed file becomes a
/// new version) and loads every stored version into the <see cref="WorkflowDefinitionCatalog"/>, so running instances
/// stay on the version they started with.
/// </summary>
public sealed partial class WorkflowDefinitionImporter(
    IDbContextFactory<CampaignFlowDbContext> contexts,
    WorkflowDefinitionCatalog catalog,
    WorkflowActionCatalogProvider actions,
    TimeProvider time,
    IOptions<WorkflowOptions> options,
    ILogger<WorkflowDefinitionImporter> logger,
    WorkflowRuleSets? ruleSets = null)
{
    /// <summary>Imports the definitions folder (all files valid, or nothing imported) and loads every stored version.</summary>
    public async Task<IReadOnlyList<WorkflowDefinitionKey>> ImportAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.GetFullPath(options.Value.DefinitionsPath);
        var imported = new List<WorkflowDefinitionKey>();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (Directory.Exists(folder))
            {
                var context = await ValidationContextAsync(db, cancellationToken).ConfigureAwait(false);
                var files = Directory.EnumerateFiles(folder, "*.json")
                    .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .Select(f => (Path: f, Json: File.ReadAllText(f)))
                    .ToList();
                var errors = new List<WorkflowDefinitionError>();
                var loaded = new List<(WorkflowDefinition Definition, string Json)>();
                foreach (var (path, json) in files)
                {
                    var definition = WorkflowDefinitionLoader.TryLoad(json, Path.GetFileName(path), context, out var fileErrors);
                    errors.AddRange(fileErrors);
                    if (definition is not null)
                    {
                        loaded.Add((definition, json));
                    }
                }

                foreach (var twice in loaded.GroupBy(l => l.Definition.Id).Where(g => g.Count() > 1))
                {
                    errors.Add(new(twice.Last().Definition.Source, "$.id", $"workflow '{twice.Key}' is also defined in {twice.First().Definition.Source}"));
                }

                if (errors.Count > 0)
                {
                    throw new WorkflowDefinitionException(errors);
                }

                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                foreach (var (definition, json) in loaded)
                {
                    if (await StoreAsync(db, definition, json, cancellationToken).ConfigureAwait(false) is { } key)
                    {
                        imported.Add(key);
                    }
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                LogNoFolder(folder);
            }

            await LoadStoredAsync(db, cancellationToken).ConfigureAwait(false);
        }

        return imported;
    }

    /// <summary>Validates one workflow file against the store's status codes and the known actions; empty when it is fine.</summary>
    public async Task<IReadOnlyList<WorkflowDefinitionError>> ValidateAsync(string json, string source, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var context = await ValidationContextAsync(db, cancellationToken).ConfigureAwait(false);
            WorkflowDefinitionLoader.TryLoad(json, source, context, out var errors);
            return errors;
        }
    }

    private async Task<WorkflowValidationContext> ValidationContextAsync(CampaignFlowDbContext db, CancellationToken cancellationToken)
    {
        var codes = await db.CampaignStatuses.AsNoTracking().Select(s => s.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        // callRule references are checked against the workflow rule sets when they are loaded.
        return new WorkflowValidationContext(new HashSet<string>(codes, StringComparer.Ordinal), actions.Catalog, null, ruleSets is null ? null : new Func<string, string?>(ruleSets.Check));
    }

    private async Task<WorkflowDefinitionKey?> StoreAsync(CampaignFlowDbContext db, WorkflowDefinition definition, string json, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var latest = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.WorkflowId == definition.Id)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (latest is not null && latest.ContentHash == hash)
        {
            return null;
        }

        var version = Math.Max(definition.Version, (latest?.Version ?? 0) + 1);
        db.WorkflowDefinitions.Add(new StoredWorkflowDefinition
        {
            WorkflowId = definition.Id,
            Version = version,
            Name = definition.Name,
            Source = definition.Source,
            ContentHash = hash,
            Json = json,
            ImportedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogImported(definition.Id, version, definition.Source);
        return new WorkflowDefinitionKey(definition.Id, version);
    }

    /// <summary>Loads every stored version into the catalog without importing files.</summary>
    public async Task LoadStoredAsync(CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await LoadStoredAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task LoadStoredAsync(CampaignFlowDbContext db, CancellationToken cancellationToken)
    {
        var codes = await db.CampaignStatuses.AsNoTracking().Select(s => s.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var stored = await db.WorkflowDefinitions.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in stored.OrderBy(r => r.WorkflowId, StringComparer.Ordinal).ThenBy(r => r.Version))
        {
            // A stored version is loaded even when one of its status codes was deleted since: the runtime then
            // refuses (or records an incident for) the transition into it, with a clear message.
            var statuses = new HashSet<string>(codes, StringComparer.Ordinal);
            statuses.UnionWith(StateNames(row.Json));
            var context = new WorkflowValidationContext(statuses, actions.Catalog);
            var definition = WorkflowDefinitionLoader.TryLoad(row.Json, $"{row.Source} (stored v{row.Version})", context, out var errors);
            if (definition is null)
            {
                LogUnloadable(row.WorkflowId, row.Version, string.Join("; ", errors.Select(e => e.ToString())));
                continue;
            }

            var source = row.Source + " v" + row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            catalog.Add(new WorkflowDefinition(definition.Id, row.Version, definition.Name, definition.Description, definition.Initial, definition.States, source));
        }
    }

    private static IEnumerable<string> StateNames(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.TryGetProperty("states", out var states) && states.ValueKind == JsonValueKind.Object
            ? [.. states.EnumerateObject().Select(p => p.Name)]
            : [];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported workflow {WorkflowId} as version {Version} from {Source}")]
    private partial void LogImported(string workflowId, int version, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow definitions folder {Folder} does not exist; only stored versions are loaded")]
    private partial void LogNoFolder(string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stored workflow {WorkflowId} v{Version} cannot be loaded: {Errors}")]
    private partial void LogUnloadable(string workflowId, int version, string errors);
}
