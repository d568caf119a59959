namespace CampaignFlow.Workflows.DateFormulas;

/// <summary>The time units of a BC date formula.</summary>
public enum DateFormulaUnit
{
    /// <summary>D: days.</summary>
    Day,

    /// <summary>WD: weekday, Monday = 1 … Sunday = 7 (only in the forms WDn and CWD is not allowed).</summary>
    Weekday,

    /// <summary>W: weeks of 7 days; CW is Monday–Sunday.</summary>
    Week,

    /// <summary>M: months, day clamped to month end.</summary>
    Month,

    /// <summary>Q: quarters of 3 months (calendar quarters for CQ).</summary>
    Quarter,

    /// <summary>Y: years, day clamped to month end (29 Feb + 1Y = 28 Feb).</summary>
    Year,
}
