namespace CampaignFlow.Plugins.Abstractions;

/// <summary>The correspondence types a channel can deliver (Business Central's correspondence type, plus phone).</summary>
public enum ChannelKind
{
    /// <summary>A printed letter ("Hard Copy" in Business Central).</summary>
    HardCopy = 1,

    /// <summary>An e-mail message.</summary>
    Email = 2,

    /// <summary>A phone call made by a salesperson (a call task with a script).</summary>
    Phone = 3,
}
