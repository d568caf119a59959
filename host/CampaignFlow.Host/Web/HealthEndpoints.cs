using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CampaignFlow.Host.Web;

public static class HealthEndpoints
{
    /// <summary>`GET /health`: 200 with {"status":"Healthy"} once the store is ready, 503 before.</summary>
    public static IEndpointRouteBuilder MapCampaignFlowHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
                }));
            },
        });
        return endpoints;
    }
}
