using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Security;

/// <summary>Bound from the <c>Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>How long a checked key is trusted before it is read from the store again.</summary>
    [Range(0, 3600)]
    public int KeyCacheSeconds { get; set; } = 30;

    /// <summary>How long a browser sign-in lasts without use.</summary>
    [Range(1, 7 * 24 * 60)]
    public int SessionMinutes { get; set; } = 8 * 60;
}
