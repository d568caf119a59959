namespace CampaignFlow.Host.Cli;

/// <summary>What a `campaignflow` exit code means (scripts test these).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The command line is wrong (unknown verb or option, missing argument).</summary>
    public const int Usage = 1;
    /// <summary>The input cannot be used at all (missing file, wrong CSV header, invalid configuration).</summary>
    public const int BadInput = 2;
    /// <summary>The store cannot be opened or written.</summary>
    public const int StoreFailure = 3;
    /// <summary>The server cannot listen on the address.</summary>
    public const int CannotListen = 4;
    /// <summary>The good rows were imported, some rows were rejected (listed with their row numbers).</summary>
    public const int RowsRejected = 5;
    /// <summary>A workflow step failed and an incident was recorded; the state did not change (retry it).</summary>
    public const int WorkflowIncident = 6;
    /// <summary>The record named on the command line does not exist (segment, logged segment, saved criteria, campaign).</summary>
    public const int NotFound = 7;
    /// <summary>The record exists but its state refuses the change (logged segment, changed meanwhile, not canceled, already saved).</summary>
    public const int Conflict = 8;
}
