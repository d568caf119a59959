namespace CampaignFlow.Host.Web;

/// <summary>What a verb asks of the host it starts.</summary>
public sealed record HostRunSettings
{
    public string? Urls { get; init; }
    public string? Database { get; init; }
    public bool WithDemoData { get; init; }
    /// <summary>Anything else on the command line, handed to ASP.NET Core's configuration (e.g. --Storage:Provider=PostgreSql).</summary>
    public IReadOnlyList<string> ExtraArgs { get; init; } = [];
    /// <summary>Extra configuration, mainly for tests.</summary>
    public IReadOnlyDictionary<string, string?> Configuration { get; init; } = new Dictionary<string, string?>();
}
