using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampaignFlow.Storage;

/// <summary>Healthy once the store is migrated and a connection opens.</summary>
public sealed class StoreHealthCheck(StoreReadiness readiness, IDbContextFactory<CampaignFlowDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsReady) return HealthCheckResult.Unhealthy("The store is not ready yet (being created or migrated).");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The store is ready.")
            : HealthCheckResult.Unhealthy("The store does not answer.");
    }
}
