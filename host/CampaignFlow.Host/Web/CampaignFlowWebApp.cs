using CampaignFlow.Host.Demo;
using CampaignFlow.Plugins.Loading;
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
        });
        var overrides = new Dictionary<string, string?>(settings.Configuration);
        if (settings.Database is not null) overrides["Storage:SqlitePath"] = settings.Database;
        builder.Configuration.AddInMemoryCollection(overrides);

        if (settings.Urls is not null) builder.WebHost.UseUrls(settings.Urls);
        else if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.Host.ConfigureHostOptions(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCampaignFlowStorage(builder.Configuration);
        builder.Services.AddCampaignFlowPlugins(builder.Configuration);
        builder.Services.AddScoped<DemoDataSeeder>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapCampaignFlowHealth();
        return app;
    }
}
