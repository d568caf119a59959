using System.Globalization;

namespace CampaignFlow.Workflows.DateFormulas;

/// <summary>One term of a date formula, e.g. <c>-10D</c>, <c>CM</c>, <c>-WD2</c>.</summary>
/// <param name="Negative">True for a '-' sign.</param>
/// <param name="Kind">Relative (nX), Current (CX) or Specific (Xn).</param>
/// <param name="Unit">The unit.</param>
/// <param name="Number">n for Relative and Specific terms; 0 for Current terms.</param>
public readonly record struct DateFormulaTerm(bool Negative, DateFormulaTermKind Kind, DateFormulaUnit Unit, int Number)
{
    /// <summary>The unit as written in a formula (D, WD, W, M, Q, Y).</summary>
    public static string UnitText(DateFormulaUnit unit) => unit switch
    {
        DateFormulaUnit.Day => "D",
        DateFormulaUnit.Weekday => "WD",
        DateFormulaUnit.Week => "W",
        DateFormulaUnit.Month => "M",
        DateFormulaUnit.Quarter => "Q",
        DateFormulaUnit.Year => "Y",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>The term as written, with its sign when <paramref name="withPlus"/> or negative.</summary>
    public string ToString(bool withPlus)
    {
        var sign = Negative ? "-" : withPlus ? "+" : "";
        var unit = UnitText(Unit);
        var number = Number.ToString(CultureInfo.InvariantCulture);
        return Kind switch
        {
            DateFormulaTermKind.Relative => sign + number + unit,
            DateFormulaTermKind.Current => sign + "C" + unit,
            _ => sign + unit + number,
        };
    }

    /// <inheritdoc />
    public override string ToString() => ToString(withPlus: false);
}
