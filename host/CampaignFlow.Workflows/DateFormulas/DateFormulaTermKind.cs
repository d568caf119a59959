namespace CampaignFlow.Workflows.DateFormulas;

/// <summary>The three shapes a date formula term can take.</summary>
public enum DateFormulaTermKind
{
    /// <summary><c>nX</c>: move n units (5D, 1M, 2Q).</summary>
    Relative,

    /// <summary><c>CX</c>: the last (or with '-' the first) day of the current unit.</summary>
    Current,

    /// <summary><c>Xn</c>: the next (or with '-' the previous) day n (D10, WD2).</summary>
    Specific,
}
