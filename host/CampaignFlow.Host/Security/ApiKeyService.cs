using System.Collections.Concurrent;
using CampaignFlow.Domain.Security;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Security;

/// <summary>
/// Creates, lists, revokes and checks API keys. Checked keys are cached for a short while
/// (<see cref="SecurityOptions.KeyCacheSeconds"/>) so a request costs one hash, not a database read;
/// a revoked key stops working within that time.
/// </summary>
public sealed class ApiKeyService(IDbContextFactory<CampaignFlowDbContext> contexts, TimeProvider clock, IOptions<SecurityOptions> options)
{
    private readonly ConcurrentDictionary<string, (ApiKey? Key, DateTimeOffset FetchedAt)> _cache = new(StringComparer.Ordinal);

    public async Task<CreatedApiKey> CreateAsync(string name, string role, CancellationToken cancellationToken = default)
    {
        var (id, secret) = ApiKeyHasher.NewKey();
        var salt = ApiKeyHasher.NewSalt();
        var key = new ApiKey { Id = id, Name = name, Role = role, Salt = salt, Hash = ApiKeyHasher.Hash(salt, secret), CreatedAt = clock.GetUtcNow() };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(id, name, role, ApiKeyHasher.Format(id, secret));
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync(cancellationToken);
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null) return false;
        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        _cache.TryRemove(id, out _);
        return true;
    }

    /// <summary>The active key the presented text is, or null (unknown, malformed, wrong secret, revoked).</summary>
    public async ValueTask<ApiKey?> CheckAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (!ApiKeyHasher.TryParse(presented, out var id, out var secret)) return null;
        var key = await FindAsync(id, cancellationToken);
        return key is { Active: true } && ApiKeyHasher.Matches(key.Salt, key.Hash, secret) ? key : null;
    }

    /// <summary>The key with this id if it is still active (used to re-check a browser session).</summary>
    public async ValueTask<ApiKey?> FindActiveAsync(string id, CancellationToken cancellationToken = default)
    {
        var key = await FindAsync(id, cancellationToken);
        return key is { Active: true } ? key : null;
    }

    private async ValueTask<ApiKey?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(id, out var cached) && now - cached.FetchedAt < TimeSpan.FromSeconds(options.Value.KeyCacheSeconds))
            return cached.Key;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        // Unknown ids are cached too, so a flood of bad keys does not become a flood of queries (bounded size).
        if (key is not null || _cache.Count < 10_000) _cache[id] = (key, now);
        return key;
    }
}
