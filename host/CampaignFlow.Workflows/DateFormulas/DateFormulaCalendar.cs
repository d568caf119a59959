namespace CampaignFlow.Workflows.DateFormulas;

/// <summary>Applies one term to a date, as BC's CalcDate does.</summary>
internal static class DateFormulaCalendar
{
    public static DateOnly Step(DateOnly date, in DateFormulaTerm term) => term.Kind switch
    {
        DateFormulaTermKind.Relative => Move(date, term.Negative ? -term.Number : term.Number, term.Unit),
        DateFormulaTermKind.Current => term.Negative ? FirstOf(date, term.Unit) : LastOf(date, term.Unit),
        _ => term.Unit == DateFormulaUnit.Weekday
            ? NextWeekday(date, term.Number, term.Negative)
            : NextDayOfMonth(date, term.Number, term.Negative),
    };

    // DateOnly.AddMonths/AddYears clamp the day to the month's end, exactly BC's rule (no stickiness).
    private static DateOnly Move(DateOnly date, int n, DateFormulaUnit unit) => unit switch
    {
        DateFormulaUnit.Day => date.AddDays(n),
        DateFormulaUnit.Week => date.AddDays(7 * n),
        DateFormulaUnit.Month => date.AddMonths(n),
        DateFormulaUnit.Quarter => date.AddMonths(3 * n),
        DateFormulaUnit.Year => date.AddYears(n),
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    private static DateOnly FirstOf(DateOnly date, DateFormulaUnit unit) => unit switch
    {
        DateFormulaUnit.Day => date,
        DateFormulaUnit.Week => date.AddDays(1 - IsoWeekday(date)),
        DateFormulaUnit.Month => new DateOnly(date.Year, date.Month, 1),
        DateFormulaUnit.Quarter => new DateOnly(date.Year, QuarterFirstMonth(date), 1),
        DateFormulaUnit.Year => new DateOnly(date.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    private static DateOnly LastOf(DateOnly date, DateFormulaUnit unit) => unit switch
    {
        DateFormulaUnit.Day => date,
        DateFormulaUnit.Week => date.AddDays(7 - IsoWeekday(date)),
        DateFormulaUnit.Month => MonthEnd(date.Year, date.Month),
        DateFormulaUnit.Quarter => MonthEnd(date.Year, QuarterFirstMonth(date) + 2),
        DateFormulaUnit.Year => new DateOnly(date.Year, 12, 31),
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    // WDn: the next weekday n, never the same day (from a Tuesday, WD2 is a week later).
    private static DateOnly NextWeekday(DateOnly date, int weekday, bool backwards)
    {
        var current = IsoWeekday(date);
        var distance = backwards ? (current - weekday + 7) % 7 : (weekday - current + 7) % 7;
        if (distance == 0)
        {
            distance = 7;
        }

        return date.AddDays(backwards ? -distance : distance);
    }

    // Dn: the next day n of a month strictly after the date; months without day n are skipped (D31 lands on a 31st).
    private static DateOnly NextDayOfMonth(DateOnly date, int day, bool backwards)
    {
        var month = new DateOnly(date.Year, date.Month, 1);
        if (backwards ? date.Day > day : date.Day < day && day <= DateTime.DaysInMonth(date.Year, date.Month))
        {
            return new DateOnly(date.Year, date.Month, day);
        }

        while (true)
        {
            month = month.AddMonths(backwards ? -1 : 1);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                return new DateOnly(month.Year, month.Month, day);
            }
        }
    }

    private static int IsoWeekday(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    private static int QuarterFirstMonth(DateOnly date) => ((date.Month - 1) / 3 * 3) + 1;

    private static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
