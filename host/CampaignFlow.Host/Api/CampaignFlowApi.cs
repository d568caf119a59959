using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api.Activities;
using CampaignFlow.Host.Api.Campaigns;
using CampaignFlow.Host.Api.Contacts;
using CampaignFlow.Host.Api.Interactions;
using CampaignFlow.Host.Api.Pricing;
using CampaignFlow.Host.Api.Sales;
using CampaignFlow.Host.Api.Statistics;
using CampaignFlow.Host.Api.Segments;
using CampaignFlow.Host.Api.Plugins;
using CampaignFlow.Host.Api.Rules;
using CampaignFlow.Host.Api.Workflows;

namespace CampaignFlow.Host.Api;

public static class CampaignFlowApi
{
    /// <summary>
    /// Maps every API group under <c>/api</c>. A new group is one line here: <c>api.MapXxxApi();</c>.
    /// Every endpoint declares its role; the group itself requires at least a viewer key.
    /// </summary>
    public static RouteGroupBuilder MapCampaignFlowApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").AddEndpointFilter<RequestValidationFilter>().RequireAuthorization(Roles.Viewer);
        api.MapMeApi();
        api.MapContactsApi();
        api.MapSalespeopleApi();
        api.MapTeamsApi();
        api.MapCampaignStatusesApi();
        api.MapCampaignsApi();
        api.MapInteractionTemplatesApi();
        api.MapLoggedSegmentsApi();
        api.MapInteractionLogApi();
        api.MapCampaignEntriesApi();
        api.MapSegmentLogApi();
        api.MapDeliveriesApi();
        api.MapCallListApi();
        api.MapActivitiesApi();
        api.MapTasksApi();
        api.MapCampaignPricingApi();
        api.MapPriceLookupApi();
        api.MapCampaignStatisticsApi();
        api.MapSegmentsApi();
        api.MapWorkflowsApi();
        api.MapRulesApi();
        api.MapRuleSetsApi();
        api.MapPluginsApi();
        return api;
    }
}
