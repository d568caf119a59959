using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Api;

/// <summary>
/// Refuses bodies over <see cref="ApiOptions.MaxRequestBodyBytes"/> with a 413 problem before anything
/// reads them; Kestrel's own limit (set to the same value) stops chunked bodies that grow past it.
/// </summary>
public static class RequestBodyLimit
{
    public static IApplicationBuilder UseCampaignFlowRequestBodyLimit(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var limit = app.ApplicationServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxRequestBodyBytes;
        return app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > limit)
            {
                await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
                    detail: $"The body has {context.Request.ContentLength:N0} bytes; the limit is {limit:N0} bytes.").ExecuteAsync(context);
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
            await next(context);
        });
    }
}
