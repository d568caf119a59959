namespace CampaignFlow.Host.Integration;

/// <summary>
/// Where the shipped rules/ and workflows/ folders are: copied beside the executable by the build, so the
/// host finds them wherever it is started from. Configuration can point elsewhere.
/// </summary>
public static class ShippedFolders
{
    public static string Rules => Path.Combine(AppContext.BaseDirectory, "rules");
    public static string Workflows => Path.Combine(AppContext.BaseDirectory, "workflows");

    /// <summary>Defaults that sit under every other configuration source.</summary>
    public static Dictionary<string, string?> ConfigurationDefaults() => new()
    {
        ["Workflows:DefinitionsPath"] = Workflows,
        ["Campaigns:EligibilityRulesPath"] = Path.Combine(Rules, "discounts", "campaign-offer-eligibility.json"),
    };
}
