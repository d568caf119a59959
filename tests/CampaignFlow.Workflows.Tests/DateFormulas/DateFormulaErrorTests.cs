using CampaignFlow.Workflows.DateFormulas;

namespace CampaignFlow.Workflows.Tests.DateFormulas;

public class DateFormulaErrorTests
{
    [Theory]
    [InlineData("1X", 2, "date formula '1X': position 2: unknown unit 'X'")]
    [InlineData("", 0, "date formula '': is empty")]
    [InlineData("   ", 0, "date formula '   ': is empty")]
    [InlineData("<>", 2, "date formula '<>': position 2: is empty")]
    [InlineData("1D+1D+1D+1D+1D+1D+1D+", 21, "date formula '1D+1D+1D+1D+1D+1D+1D+': position 21: is longer than 20 characters")]
    [InlineData("10000D", 1, "date formula '10000D': position 1: the number '10000' is larger than 9999")]
    [InlineData("1D+", 3, "date formula '1D+': position 3: dangling sign '+': a term must follow it")]
    [InlineData("CM-", 3, "date formula 'CM-': position 3: dangling sign '-': a term must follow it")]
    [InlineData("-", 1, "date formula '-': position 1: dangling sign '-': a term must follow it")]
    [InlineData("<1D", 1, "date formula '<1D': position 1: unbalanced '<': the closing '>' is missing")]
    [InlineData("1D>", 3, "date formula '1D>': position 3: unbalanced '>': brackets must enclose the whole formula")]
    [InlineData("<1D<", 1, "date formula '<1D<': position 1: unbalanced '<': the closing '>' is missing")]
    [InlineData("1D<2D>", 3, "date formula '1D<2D>': position 3: unbalanced '<': brackets must enclose the whole formula")]
    [InlineData("12", 3, "date formula '12': position 3: the number '12' has no unit (D, WD, W, M, Q or Y)")]
    [InlineData("1D1M", 3, "date formula '1D1M': position 3: expected '+' or '-' before '1'")]
    [InlineData("C", 2, "date formula 'C': position 2: 'C' needs a unit after it (CD, CW, CM, CQ or CY)")]
    [InlineData("CX", 2, "date formula 'CX': position 2: unknown unit 'X'")]
    [InlineData("CWD", 2, "date formula 'CWD': position 2: 'CWD' is not a term: use CD, CW, CM, CQ or CY")]
    [InlineData("CM5", 3, "date formula 'CM5': position 3: expected '+' or '-' before '5'")]
    [InlineData("1C", 2, "date formula '1C': position 2: 'C' must start a term (as in CM or -CM)")]
    [InlineData("2WD", 2, "date formula '2WD': position 2: 'WD' takes its number after it: WD1 … WD7 (Monday … Sunday)")]
    [InlineData("WD", 3, "date formula 'WD': position 3: expected a number after 'WD' but found the end")]
    [InlineData("WD8", 3, "date formula 'WD8': position 3: WD8: the weekday (1 = Monday … 7 = Sunday) must be 1 to 7")]
    [InlineData("WD0", 3, "date formula 'WD0': position 3: WD0: the weekday (1 = Monday … 7 = Sunday) must be 1 to 7")]
    [InlineData("D32", 2, "date formula 'D32': position 2: D32: the day of month must be 1 to 31")]
    [InlineData("M3", 1, "date formula 'M3': position 1: a number must come before 'M' (as in 1M)")]
    [InlineData("D+1M", 2, "date formula 'D+1M': position 2: expected a number after 'D' but found '+'")]
    [InlineData("1D++1D", 4, "date formula '1D++1D': position 4: unexpected sign '+': a term must come between two signs")]
    [InlineData("1 D", 2, "date formula '1 D': position 2: unknown unit ' '")]
    [InlineData("1.5D", 2, "date formula '1.5D': position 2: unknown unit '.'")]
    public void Bad_formulas_name_the_position_and_the_offending_character(string text, int position, string message)
    {
        var ex = Assert.Throws<DateFormulaException>(() => DateFormula.Parse(text));
        Assert.Equal(message, ex.Message);
        Assert.Equal(position, ex.Position);
        Assert.Equal(text, ex.Formula);

        Assert.False(DateFormula.TryParse(text, out var formula, out var error));
        Assert.Null(formula);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Twenty_characters_and_9999_are_still_accepted()
    {
        Assert.True(DateFormula.TryParse("<1D+1D+1D+1D+1D+1D+1D>", out var twenty, out _));
        Assert.Equal(20, twenty.ToString().Length);
        Assert.Equal(new DateOnly(2000, 1, 8), twenty.Apply(new DateOnly(2000, 1, 1)));
        Assert.Equal(new DateOnly(2027, 5, 18), DateFormula.Parse("9999D").Apply(new DateOnly(2000, 1, 1)));
    }

    [Fact]
    public void Null_is_refused_by_TryParse()
    {
        Assert.False(DateFormula.TryParse(null, out _, out var error));
        Assert.Equal("date formula '': is empty", error);
    }
}
