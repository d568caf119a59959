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

    /// <summary>Blocks the calling thread for 10 s in SendAsync before returning a task.</summary>
    BlockOnSend,
}
