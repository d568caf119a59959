using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Channels.Letter;

/// <summary>Registers the letter channel and its options.</summary>
public sealed class LetterPlugin : IPlugin
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPluginOptions<LetterOptions>(configuration)
            .Validate(options => !string.IsNullOrWhiteSpace(options.OutputFolder), "Plugins:letter:OutputFolder is required (the folder the PDFs are written to).")
            .Validate(options => options.FontSize is >= 6 and <= 32, "Plugins:letter:FontSize must be between 6 and 32 points.");
        services.AddSingleton<IChannel, LetterChannel>();
    }
}
