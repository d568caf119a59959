using System.Collections.Concurrent;
using System.Globalization;

namespace CampaignFlow.Workflows.DateFormulas;

/// <summary>
/// A parsed Business Central date formula (CalcDate): terms such as <c>CQ+1M-10D</c> applied left to right.
/// Immutable; <see cref="ToString"/> gives the canonical text, which parses back to an equal formula.
/// </summary>
public sealed class DateFormula : IEquatable<DateFormula>
{
    /// <summary>Longest formula accepted (inside the optional &lt;…&gt; brackets).</summary>
    public const int MaxLength = 20;

    /// <summary>Largest number a term may carry.</summary>
    public const int MaxNumber = 9999;

    // Formulas repeat endlessly in rules and workflows; a small parse cache keeps Calculate cheap.
    private const int CacheLimit = 4096;
    private static readonly ConcurrentDictionary<string, DateFormula> Cache = new(StringComparer.Ordinal);

    private readonly DateFormulaTerm[] terms;
    private readonly string text;

    private DateFormula(DateFormulaTerm[] terms)
    {
        this.terms = terms;
        text = string.Concat(terms.Select((t, i) => t.ToString(withPlus: i > 0)));
    }

    /// <summary>The terms, in the order they are applied.</summary>
    public IReadOnlyList<DateFormulaTerm> Terms => terms;

    /// <summary>Parses a formula; throws <see cref="DateFormulaException"/> naming the position of the error.</summary>
    public static DateFormula Parse(string text)
    {
        if (DateFormulaParser.TryParse(text, out var parsed, out var error))
        {
            return new DateFormula(parsed);
        }

        throw new DateFormulaException(Describe(text, error)) { Formula = text, Position = error.Position };
    }

    /// <summary>Parses a formula; on failure <paramref name="error"/> names the position and the offending character.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DateFormula? formula, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        if (DateFormulaParser.TryParse(text, out var parsed, out var failure))
        {
            formula = new DateFormula(parsed);
            error = null;
            return true;
        }

        formula = null;
        error = Describe(text, failure);
        return false;
    }

    /// <summary>CalcDate for the rules engine and scripts: parses (cached) and applies.</summary>
    public static DateOnly Calculate(string formula, DateOnly date) => Cached(formula).Apply(date);

    /// <summary>CalcDate on a DateTime: the date part moves, the time of day and kind are kept.</summary>
    public static DateTime Calculate(string formula, DateTime date) => Cached(formula).Apply(date);

    /// <summary>Applies the terms left to right to <paramref name="date"/>.</summary>
    public DateOnly Apply(DateOnly date)
    {
        var result = date;
        try
        {
            foreach (ref readonly var term in terms.AsSpan())
            {
                result = DateFormulaCalendar.Step(result, term);
            }
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new DateFormulaException(
                $"date formula '{text}': the result from {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} falls outside the calendar", ex)
            { Formula = text };
        }

        return result;
    }

    /// <summary>Applies the formula to the date part, keeping time of day and kind.</summary>
    public DateTime Apply(DateTime date) => Apply(DateOnly.FromDateTime(date)).ToDateTime(TimeOnly.FromDateTime(date), date.Kind);

    /// <inheritdoc />
    public override string ToString() => text;

    /// <inheritdoc />
    public bool Equals(DateFormula? other) => other is not null && terms.AsSpan().SequenceEqual(other.terms);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DateFormula);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(text);

    private static DateFormula Cached(string formula)
    {
        if (Cache.TryGetValue(formula, out var cached))
        {
            return cached;
        }

        var parsed = Parse(formula);
        if (Cache.Count >= CacheLimit)
        {
            Cache.Clear();
        }

        Cache.TryAdd(formula, parsed);
        return parsed;
    }

    private static string Describe(string? text, DateFormulaParser.Error error) => error.Position > 0
        ? $"date formula '{text}': position {error.Position}: {error.Message}"
        : $"date formula '{text}': {error.Message}";
}
