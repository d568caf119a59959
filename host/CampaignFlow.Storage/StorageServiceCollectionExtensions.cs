using CampaignFlow.Storage.Schema;
using CampaignFlow.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store for the configured provider: a context factory, a scoped context, the
    /// initializer (create + migrate on start) and the readiness the health check reads.
    /// </summary>
    public static IServiceCollection AddCampaignFlowStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(StorageOptions.Section);
        services.AddOptions<StorageOptions>().Bind(section).ValidateDataAnnotations()
            .Validate(o => o.Provider != StorageProvider.PostgreSql || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Storage:ConnectionString is required when Storage:Provider is PostgreSql.")
            .ValidateOnStart();
        var options = section.Get<StorageOptions>() ?? new StorageOptions();

        services.AddDbContextFactory<CampaignFlowDbContext>(b => Configure(b, options));
        services.AddSingleton<StoreReadiness>();
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<StoreInitializer>();
        services.AddTransient<NumberSeriesAllocator>();
        services.AddTransient<SyntheticContactSeeder>();
        return services;
    }

    /// <summary>Points a context at the configured provider; also used by tests and tools that open a store directly.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider == StorageProvider.PostgreSql
            ? builder.UseNpgsql(options.ConnectionString)
            : builder.UseSqlite(SqliteConnectionStrings.ForFile(options.SqlitePath, options.BusyTimeoutSeconds))
                .AddInterceptors(new SqlitePragmas(options.BusyTimeoutSeconds));
    }
}
