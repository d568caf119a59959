using System.Text.Json;
using CampaignFlow.Domain;
using CampaignFlow.Rules;
using CampaignFlow.Rules.Loading;
using CampaignFlow.Rules.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Storage.RuleSets;

/// <summary>
/// The rule sets in the database, one per workflow name, with a version row per change. Saves compile the rule set
/// first (and run every <see cref="IRuleSetCheck"/>): a rule set that does not compile is refused and nothing is
/// written. A save or delete names the version it was based on; a stale one is a <see cref="RuleSetConflictException"/>.
/// <see cref="Snapshot"/> is the in-memory copy the engines read: renewed at once after a change made here, and when
/// older than <see cref="RuleSetStoreOptions.SnapshotMaxAge"/> (changes made by another host).
/// </summary>
public sealed partial class RuleSetStore
{
    public const string EditedViaApi = "edited via API";
    public const string DeletedViaApi = "deleted via API";

    private readonly IDbContextFactory<CampaignFlowDbContext> _contexts;
    private readonly RuleSetValidator _validator;
    private readonly RuleSetStoreOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<RuleSetStore> _logger;
    private readonly Lock _reload = new();
    private volatile RuleSetSnapshot? _snapshot;

    public RuleSetStore(IDbContextFactory<CampaignFlowDbContext> contexts, IOptions<RulesOptions> rules, IEnumerable<IRuleSetCheck> checks,
        IOptions<RuleSetStoreOptions> options, TimeProvider clock, ILogger<RuleSetStore> logger)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        _contexts = contexts;
        _validator = new RuleSetValidator(rules.Value, checks);
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Raised after a rule set changed through this store (name), e.g. to drop caches keyed by it.</summary>
    public event Action<string>? Changed;

    /// <summary>The live rule sets as the engines use them (read from the database when missing or too old).</summary>
    public RuleSetSnapshot Snapshot
    {
        get
        {
            var current = _snapshot;
            if (current is not null && _clock.GetUtcNow() - current.LoadedAt <= _options.SnapshotMaxAge) return current;
            lock (_reload)
            {
                current = _snapshot;
                if (current is not null && _clock.GetUtcNow() - current.LoadedAt <= _options.SnapshotMaxAge) return current;
                return _snapshot = Load();
            }
        }
    }

    /// <summary>Live rule sets (deleted ones left out), for listing and paging.</summary>
    public static IQueryable<StoredRuleSet> Live(CampaignFlowDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.RuleSets.AsNoTracking().Where(r => !r.Deleted);
    }

    public async Task<StoredRuleSet?> GetAsync(string workflowName, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        return await Live(db).SingleOrDefaultAsync(r => r.WorkflowName == workflowName, cancellationToken);
    }

    /// <summary>Every version, newest first; null when the name was never stored (a deleted rule set keeps its history).</summary>
    public async Task<IReadOnlyList<StoredRuleSetVersion>?> HistoryAsync(string workflowName, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.RuleSets.AnyAsync(r => r.WorkflowName == workflowName, cancellationToken)) return null;
        return await db.RuleSetVersions.AsNoTracking().Where(v => v.WorkflowName == workflowName)
            .OrderByDescending(v => v.Version).ToListAsync(cancellationToken);
    }

    public async Task<StoredRuleSetVersion?> GetVersionAsync(string workflowName, int version, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        return await db.RuleSetVersions.AsNoTracking().SingleOrDefaultAsync(v => v.WorkflowName == workflowName && v.Version == version, cancellationToken);
    }

    /// <summary>
    /// Creates (<paramref name="expectedVersion"/> null or 0) or replaces (the current version) a rule set from its JSON.
    /// Unchanged JSON writes nothing and returns the current row. Throws <see cref="RuleSetInvalidException"/> (nothing
    /// written) or <see cref="RuleSetConflictException"/>.
    /// </summary>
    public async Task<StoredRuleSet> SaveAsync(string workflowName, string json, int? expectedVersion, string user, string reason = EditedViaApi,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowName);
        ArgumentNullException.ThrowIfNull(json);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.RuleSets.SingleOrDefaultAsync(r => r.WorkflowName == workflowName, cancellationToken);
        var live = row is { Deleted: false } ? row : null;
        if (live is null ? expectedVersion is not (null or 0) : expectedVersion != live.Version)
            throw new RuleSetConflictException(workflowName, expectedVersion, live?.Version);
        var others = await LiveWorkflowsAsync(db, cancellationToken);
        var (workflow, canonical, diagnostics) = _validator.Validate(workflowName, json, $"rule set '{workflowName}'", others.GetValueOrDefault);
        if (workflow is null) throw new RuleSetInvalidException(workflowName, diagnostics);
        if (live is not null && live.Json == canonical) return live;
        var saved = Write(db, row, workflowName, canonical, user, reason);
        await CommitAsync(db, workflowName, expectedVersion, cancellationToken);
        return saved;
    }

    /// <summary>Deletes a live rule set (its history stays); <paramref name="expectedVersion"/>, when given, must be current.</summary>
    public async Task<StoredRuleSet> DeleteAsync(string workflowName, int? expectedVersion, string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowName);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.RuleSets.SingleOrDefaultAsync(r => r.WorkflowName == workflowName && !r.Deleted, cancellationToken)
            ?? throw new RuleSetNotFoundException(workflowName);
        if (expectedVersion is { } expected && expected != row.Version) throw new RuleSetConflictException(workflowName, expected, row.Version);
        var now = _clock.GetUtcNow();
        row.Deleted = true;
        row.UpdatedAt = now;
        row.UpdatedBy = user;
        db.RuleSetVersions.Add(new StoredRuleSetVersion { WorkflowName = workflowName, Version = row.Version + 1, Json = "", CreatedAt = now, CreatedBy = user, Reason = DeletedViaApi });
        await CommitAsync(db, workflowName, row.Version, cancellationToken);
        return row;
    }

    /// <summary>Adds the row (version 1) or the next version of it, with its history row; the caller saves.</summary>
    private StoredRuleSet Write(CampaignFlowDbContext db, StoredRuleSet? row, string workflowName, string json, string user, string reason)
    {
        var now = _clock.GetUtcNow();
        if (row is null)
        {
            row = new StoredRuleSet { WorkflowName = workflowName, Version = 1 };
            db.RuleSets.Add(row);
        }
        row.Json = json;
        row.Deleted = false;
        row.UpdatedAt = now;
        row.UpdatedBy = user;
        // A modified row's Version is bumped by the context on save (it is the concurrency token).
        var version = db.Entry(row).State == EntityState.Added ? 1 : row.Version + 1;
        db.RuleSetVersions.Add(new StoredRuleSetVersion { WorkflowName = workflowName, Version = version, Json = json, CreatedAt = now, CreatedBy = user, Reason = reason });
        return row;
    }

    private async Task CommitAsync(CampaignFlowDbContext db, string workflowName, int? expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or DomainException)
        {
            // Another writer got there first: its version row or its change of the row won.
            var actual = await db.RuleSets.AsNoTracking().Where(r => r.WorkflowName == workflowName && !r.Deleted)
                .Select(r => (int?)r.Version).SingleOrDefaultAsync(cancellationToken);
            throw new RuleSetConflictException(workflowName, expectedVersion, actual);
        }
        _snapshot = null;
        Changed?.Invoke(workflowName);
    }

    private static async Task<Dictionary<string, RuleWorkflow>> LiveWorkflowsAsync(CampaignFlowDbContext db, CancellationToken cancellationToken)
    {
        var rows = await Live(db).Select(r => new { r.WorkflowName, r.Json }).ToListAsync(cancellationToken);
        return rows.Select(r => Parse(r.WorkflowName, r.Json)).OfType<RuleWorkflow>().ToDictionary(w => w.WorkflowName, StringComparer.Ordinal);
    }

    private RuleSetSnapshot Load()
    {
        using var db = _contexts.CreateDbContext();
        var rows = Live(db).Select(r => new { r.WorkflowName, r.Json, r.Version }).ToList();
        var sets = new Dictionary<string, CurrentRuleSet>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (Parse(row.WorkflowName, row.Json) is { } workflow) sets[row.WorkflowName] = new CurrentRuleSet(workflow, row.Version);
            else _logger.LogError("Stored rule set {Workflow} version {Version} cannot be read; it is left out", row.WorkflowName, row.Version);
        }
        return new RuleSetSnapshot(sets, _clock.GetUtcNow());
    }

    private static RuleWorkflow? Parse(string name, string json)
    {
        try
        {
            var workflow = JsonSerializer.Deserialize<RuleWorkflow>(json, RuleJson.Options);
            return workflow?.WorkflowName == name ? workflow : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
