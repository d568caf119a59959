using System.Net.Mail;
using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Channels.Email;

/// <summary>Registers the e-mail channel and its options.</summary>
public sealed class EmailPlugin : IPlugin
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPluginOptions<EmailOptions>(configuration)
            .Validate(options => !string.IsNullOrWhiteSpace(options.Host), "Plugins:email:Host is required.")
            .Validate(options => options.Port is > 0 and <= 65535, "Plugins:email:Port must be between 1 and 65535.")
            .Validate(options => MailAddress.TryCreate(options.FromAddress, out _), "Plugins:email:FromAddress must be a valid e-mail address.")
            .Validate(options => options.MaxConcurrency is > 0 and <= 64, "Plugins:email:MaxConcurrency must be between 1 and 64.")
            .Validate(options => options.MessagesPerMinute >= 0, "Plugins:email:MessagesPerMinute must be 0 (no limit) or more.")
            .Validate(options => string.IsNullOrEmpty(options.UserName) || options.Password is not null, "Plugins:email:Password is required with a UserName.");
        services.AddSingleton<IChannel, EmailChannel>();
    }
}
