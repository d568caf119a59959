using System.Globalization;

namespace CampaignFlow.Workflows.DateFormulas;

/// <summary>Reads BC date formula text into terms; every error names a 1-based position in the original text.</summary>
internal static class DateFormulaParser
{
    internal readonly record struct Error(int Position, string Message);

    public static bool TryParse(string? text, out DateFormulaTerm[] terms, out Error error)
    {
        terms = [];
        error = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = new Error(0, "is empty");
            return false;
        }

        // Leading and trailing blanks are forgiven; positions still count them.
        var start = 0;
        var end = text.Length;
        while (char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        // <…> marks the language-neutral form; the brackets must enclose the whole formula.
        if (text[start] == '<')
        {
            if (text[end - 1] != '>' || end - start < 2)
            {
                error = new Error(start + 1, "unbalanced '<': the closing '>' is missing");
                return false;
            }

            start++;
            end--;
        }

        if (end == start)
        {
            error = new Error(start + 1, "is empty");
            return false;
        }

        if (end - start > DateFormula.MaxLength)
        {
            error = new Error(start + DateFormula.MaxLength + 1, $"is longer than {DateFormula.MaxLength} characters");
            return false;
        }

        var list = new List<DateFormulaTerm>(4);
        var i = start;
        while (i < end)
        {
            if (!TryReadTerm(text, ref i, end, isFirst: list.Count == 0, out var term, out error))
            {
                return false;
            }

            list.Add(term);
        }

        terms = [.. list];
        return true;
    }

    private static bool TryReadTerm(string text, ref int i, int end, bool isFirst, out DateFormulaTerm term, out Error error)
    {
        term = default;
        var negative = false;
        var c = text[i];
        if (c is '+' or '-')
        {
            negative = c == '-';
            i++;
            if (i == end)
            {
                error = new Error(i, $"dangling sign '{c}': a term must follow it");
                return false;
            }
        }
        else if (c is '<' or '>')
        {
            error = new Error(i + 1, $"unbalanced '{c}': brackets must enclose the whole formula");
            return false;
        }
        else if (!isFirst)
        {
            error = new Error(i + 1, $"expected '+' or '-' before '{c}'");
            return false;
        }

        c = char.ToUpperInvariant(text[i]);
        if (char.IsAsciiDigit(c))
        {
            return TryReadRelative(text, ref i, end, negative, out term, out error);
        }

        if (c == 'C')
        {
            return TryReadCurrent(text, ref i, end, negative, out term, out error);
        }

        return TryReadSpecific(text, ref i, end, negative, out term, out error);
    }

    private static bool TryReadRelative(string text, ref int i, int end, bool negative, out DateFormulaTerm term, out Error error)
    {
        term = default;
        var numberStart = i;
        if (!TryReadNumber(text, ref i, end, out var number, out error))
        {
            return false;
        }

        if (i == end)
        {
            error = new Error(i + 1, $"the number '{text[numberStart..i]}' has no unit (D, WD, W, M, Q or Y)");
            return false;
        }

        var unitPosition = i + 1;
        if (!TryReadUnit(text, ref i, end, out var unit, out error))
        {
            return false;
        }

        if (unit == DateFormulaUnit.Weekday)
        {
            error = new Error(unitPosition, "'WD' takes its number after it: WD1 … WD7 (Monday … Sunday)");
            return false;
        }

        term = new DateFormulaTerm(negative, DateFormulaTermKind.Relative, unit, number);
        return true;
    }

    private static bool TryReadCurrent(string text, ref int i, int end, bool negative, out DateFormulaTerm term, out Error error)
    {
        term = default;
        i++;
        if (i == end)
        {
            error = new Error(i + 1, "'C' needs a unit after it (CD, CW, CM, CQ or CY)");
            return false;
        }

        var unitPosition = i + 1;
        if (!TryReadUnit(text, ref i, end, out var unit, out error))
        {
            return false;
        }

        if (unit == DateFormulaUnit.Weekday)
        {
            error = new Error(unitPosition, "'CWD' is not a term: use CD, CW, CM, CQ or CY");
            return false;
        }

        term = new DateFormulaTerm(negative, DateFormulaTermKind.Current, unit, 0);
        return true;
    }

    private static bool TryReadSpecific(string text, ref int i, int end, bool negative, out DateFormulaTerm term, out Error error)
    {
        term = default;
        var unitStart = i;
        if (!TryReadUnit(text, ref i, end, out var unit, out error))
        {
            return false;
        }

        var unitText = text[unitStart..i].ToUpperInvariant();
        if (unit is not (DateFormulaUnit.Day or DateFormulaUnit.Weekday))
        {
            error = new Error(unitStart + 1, $"a number must come before '{unitText}' (as in 1{unitText})");
            return false;
        }

        if (i == end || !char.IsAsciiDigit(text[i]))
        {
            var found = i == end ? "the end" : $"'{text[i]}'";
            error = new Error(i + 1, $"expected a number after '{unitText}' but found {found}");
            return false;
        }

        var numberPosition = i + 1;
        if (!TryReadNumber(text, ref i, end, out var number, out error))
        {
            return false;
        }

        var max = unit == DateFormulaUnit.Day ? 31 : 7;
        if (number < 1 || number > max)
        {
            var what = unit == DateFormulaUnit.Day ? "day of month" : "weekday (1 = Monday … 7 = Sunday)";
            error = new Error(numberPosition, $"{unitText}{number}: the {what} must be 1 to {max}");
            return false;
        }

        term = new DateFormulaTerm(negative, DateFormulaTermKind.Specific, unit, number);
        return true;
    }

    private static bool TryReadNumber(string text, ref int i, int end, out int number, out Error error)
    {
        number = 0;
        error = default;
        var start = i;
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var digits = text[start..i];
        if (digits.TrimStart('0').Length > 4)
        {
            error = new Error(start + 1, $"the number '{digits}' is larger than {DateFormula.MaxNumber}");
            return false;
        }

        number = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    private static bool TryReadUnit(string text, ref int i, int end, out DateFormulaUnit unit, out Error error)
    {
        error = default;
        var c = char.ToUpperInvariant(text[i]);
        unit = c switch
        {
            'D' => DateFormulaUnit.Day,
            'W' => DateFormulaUnit.Week,
            'M' => DateFormulaUnit.Month,
            'Q' => DateFormulaUnit.Quarter,
            'Y' => DateFormulaUnit.Year,
            _ => (DateFormulaUnit)(-1),
        };
        if ((int)unit < 0)
        {
            error = c switch
            {
                '<' or '>' => new Error(i + 1, $"unbalanced '{c}': brackets must enclose the whole formula"),
                'C' => new Error(i + 1, "'C' must start a term (as in CM or -CM)"),
                '+' or '-' => new Error(i + 1, $"unexpected sign '{c}': a term must come between two signs"),
                _ => new Error(i + 1, $"unknown unit '{text[i]}'"),
            };
            return false;
        }

        i++;
        if (unit == DateFormulaUnit.Week && i < end && char.ToUpperInvariant(text[i]) == 'D')
        {
            unit = DateFormulaUnit.Weekday;
            i++;
        }

        return true;
    }
}
