namespace CampaignFlow.TestPlugins.Faulty;

/// <summary>How the test plugin misbehaves.</summary>
public enum FaultMode
{
    /// <summary>Behaves: delivers every message.</summary>
    None,

    /// <summary>Throws from IPlugin.ConfigureServices.</summary>
    ThrowInConfigure,

    /// <summary>Throws from the channel's constructor.</summary>
    ThrowInConstructor,

    /// <summary>Throws InvalidOperationException from SendAsync.</summary>
    ThrowOnSend,

    /// <summary>Throws IOException from SendAsync.</summary>
    ThrowIoOnSend,

    /// <summary>Never finishes SendAsync, ignoring its token.</summary>
    Hang,
}
