namespace CampaignFlow.Workflows.Definitions;

/// <summary>The built-in action names.</summary>
public static class WorkflowActionNames
{
    /// <summary>Implicit on entering a state: sets the campaign's Status Code (arg "status").</summary>
    public const string SetStatus = "setStatus";

    public const string LogSegment = "logSegment";
    public const string ActivatePrices = "activatePrices";
    public const string DeactivatePrices = "deactivatePrices";
    public const string AssignActivity = "assignActivity";
    public const string SendInteraction = "sendInteraction";
    public const string RaiseEvent = "raiseEvent";
    public const string WaitForEvent = "waitForEvent";
    public const string CallRule = "callRule";
}
