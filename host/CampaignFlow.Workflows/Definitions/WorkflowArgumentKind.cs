namespace CampaignFlow.Workflows.Definitions;

/// <summary>What JSON value an action argument takes.</summary>
public enum WorkflowArgumentKind
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A string that must parse as a date formula.</summary>
    DateFormula,

    /// <summary>Any JSON value (e.g. an event payload).</summary>
    Any,
}
