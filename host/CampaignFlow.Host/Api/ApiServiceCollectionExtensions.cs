using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CampaignFlow.Host.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>JSON rules (enums as names, unknown members refused), problem details for errors, body limits, OpenAPI.</summary>
    public static IServiceCollection AddCampaignFlowApi(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ApiOptions.Section);
        services.AddOptions<ApiOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var options = section.Get<ApiOptions>() ?? new ApiOptions();
        services.Configure<KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        });
        // Binding failures become exceptions, so ApiExceptionHandler can name the field in problem details.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi(o => o.AddDocumentTransformer<ApiKeySecurityTransformer>());
        return services;
    }
}
