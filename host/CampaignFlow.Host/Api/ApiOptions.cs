using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api;

/// <summary>Bound from the <c>Api</c> configuration section.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Larger request bodies are refused with 413 (bulk imports go through the CLI).</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    [Range(1, 1000)]
    public int DefaultPageSize { get; set; } = 50;

    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 500;
}
