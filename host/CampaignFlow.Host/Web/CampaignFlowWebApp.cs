using CampaignFlow.Host.Api;
using CampaignFlow.Host.Demo;
using CampaignFlow.Host.Integration;
using CampaignFlow.Host.Security;
using CampaignFlow.Storage;

namespace CampaignFlow.Host.Web;

/// <summary>Builds the web application: configuration, services and endpoints. Used by the verbs and by tests.</summary>
public static class CampaignFlowWebApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(HostRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. settings.ExtraArgs],
            // appsettings.json and wwwroot ship beside the executable; data paths stay relative to the working directory.
            ContentRootPath = AppContext.BaseDirectory,
            // Razor Pages are found through the application name; tests run under another entry assembly.
            ApplicationName = typeof(CampaignFlowWebApp).Assembly.GetName().Name,
        });
        // Lowest precedence: where the shipped rules and workflows are, unless configured otherwise.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = ShippedFolders.ConfigurationDefaults() });
        var overrides = new Dictionary<string, string?>(settings.Configuration);
        if (settings.Database is not null) overrides["Storage:SqlitePath"] = settings.Database;
        builder.Configuration.AddInMemoryCollection(overrides);

        if (settings.Urls is not null) builder.WebHost.UseUrls(settings.Urls);
        else if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.Host.ConfigureHostOptions(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCampaignFlowStorage(builder.Configuration);
        builder.Services.AddCampaignFlowCapabilities(builder.Configuration);
        builder.Services.AddScoped<DemoDataSeeder>();
        builder.Services.AddSingleton<DemoApiKeys>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        builder.Services.AddProblemDetails();
        builder.Services.AddCampaignFlowSecurity(builder.Configuration);
        builder.Services.AddCampaignFlowApi(builder.Configuration);
        builder.Services.AddCampaignFlowWebUi();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCampaignFlowRequestBodyLimit();
        app.UseStaticFiles();
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "swagger";
            o.SwaggerEndpoint("/openapi/v1.json", "CampaignFlow API v1");
            o.DocumentTitle = "CampaignFlow API";
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapCampaignFlowHealth();
        app.MapOpenApi().AllowAnonymous();
        app.MapCampaignFlowApi();
        app.MapRazorPages();
        return app;
    }
}
