namespace CampaignFlow.Host.Cli;

/// <summary>What the `campaignflow` exit codes mean, the same for every verb.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The command line itself is wrong (System.CommandLine's parse errors also exit 1).</summary>
    public const int Usage = 1;
    /// <summary>The input (a file, a formula, a rule, a record) is invalid; the message says where.</summary>
    public const int BadInput = 2;
    /// <summary>The store cannot be opened or migrated.</summary>
    public const int StoreFailure = 3;
    /// <summary>The host cannot listen where asked.</summary>
    public const int CannotListen = 4;
}
