using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CampaignFlow.Host.Api;

/// <summary>Declares the API key in the OpenAPI document so the browsable UI offers "Authorize".</summary>
internal sealed class ApiKeySecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = Security.AuthSchemes.ApiKeyHeader,
            Description = "A CampaignFlow API key (campaignflow keys create --role viewer|marketing|admin --name …).",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", document)] = [] });
        return Task.CompletedTask;
    }
}
