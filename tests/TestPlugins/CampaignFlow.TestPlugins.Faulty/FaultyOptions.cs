using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.TestPlugins.Faulty;

/// <summary>Settings, from Plugins:&lt;id&gt;.</summary>
public sealed class FaultyOptions
{
    /// <summary>Gets or sets the misbehaviour.</summary>
    public FaultMode Mode { get; set; }

    /// <summary>Gets or sets the channel code (unique per host).</summary>
    public string Code { get; set; } = "faulty";

    /// <summary>Gets or sets the correspondence type handled.</summary>
    public ChannelKind Kind { get; set; } = ChannelKind.Email;

    /// <summary>Gets or sets the workflow action name (unique per host).</summary>
    public string ActionName { get; set; } = "faulty.echo";
}
