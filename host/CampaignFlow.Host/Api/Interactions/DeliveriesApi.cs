using CampaignFlow.Domain.Security;
using CampaignFlow.Interactions.Outbox;

namespace CampaignFlow.Host.Api.Interactions;

/// <summary><c>GET /api/deliveries/open</c>: how many outbox rows are still to be delivered (viewer); the Log Segment page's progress.</summary>
public static class DeliveriesApi
{
    public static RouteGroupBuilder MapDeliveriesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/deliveries").WithTags("Deliveries");
        group.MapGet("/open", async (DeliveryProcessor deliveries, CancellationToken ct) => new OpenDeliveries(await deliveries.CountOpenAsync(ct)))
            .RequireAuthorization(Roles.Viewer);
        return group;
    }
}
