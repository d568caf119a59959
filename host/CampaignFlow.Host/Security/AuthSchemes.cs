namespace CampaignFlow.Host.Security;

/// <summary>Authentication scheme and header names.</summary>
public static class AuthSchemes
{
    /// <summary>Picks <see cref="ApiKey"/> for API calls and key headers, <see cref="Cookie"/> for the web UI.</summary>
    public const string Default = "CampaignFlow";
    public const string ApiKey = "ApiKey";
    public const string Cookie = "Cookies";
    public const string ApiKeyHeader = "X-Api-Key";
    public const string KeyIdClaim = "cf:key-id";
}
