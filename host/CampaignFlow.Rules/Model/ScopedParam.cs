namespace CampaignFlow.Rules.Model;

/// <summary>A named expression (a LocalParam or GlobalParam).</summary>
public sealed class ScopedParam
{
    public string Name { get; set; } = "";

    public string Expression { get; set; } = "";
}
