using CampaignFlow.Workflows.DateFormulas;

namespace CampaignFlow.Workflows.Tests.DateFormulas;

public class DateFormulaExampleTests
{
    private static readonly DateOnly May21st1996 = new(1996, 5, 21); // a Tuesday, DOMAIN.md's example date

    [Theory]
    [InlineData("CQ+1M-10D", "1996-07-20")]
    [InlineData("-WD2", "1996-05-14")]
    [InlineData("CM+30D", "1996-06-30")]
    [InlineData("CM+1D", "1996-06-01")]
    [InlineData("-CM", "1996-05-01")]
    public void Domain_examples_from_21_May_1996(string formula, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DateFormula.Parse(formula).Apply(May21st1996));

    [Theory]
    [InlineData("CD", "1996-05-21")]
    [InlineData("-CD", "1996-05-21")]
    [InlineData("CW", "1996-05-26")]
    [InlineData("-CW", "1996-05-20")]
    [InlineData("CQ", "1996-06-30")]
    [InlineData("-CQ", "1996-04-01")]
    [InlineData("CY", "1996-12-31")]
    [InlineData("-CY", "1996-01-01")]
    [InlineData("1W", "1996-05-28")]
    [InlineData("-2W", "1996-05-07")]
    [InlineData("1Q", "1996-08-21")]
    [InlineData("-1Y", "1995-05-21")]
    [InlineData("WD2", "1996-05-28")]
    [InlineData("WD3", "1996-05-22")]
    [InlineData("WD1", "1996-05-27")]
    [InlineData("-WD3", "1996-05-15")]
    [InlineData("D25", "1996-05-25")]
    [InlineData("D21", "1996-06-21")]
    [InlineData("D10", "1996-06-10")]
    [InlineData("-D10", "1996-05-10")]
    [InlineData("-D21", "1996-04-21")]
    [InlineData("-D25", "1996-04-25")]
    [InlineData("0D", "1996-05-21")]
    public void Each_unit_and_form(string formula, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DateFormula.Parse(formula).Apply(May21st1996));

    [Theory]
    [InlineData("2024-01-31", "1M", "2024-02-29")]
    [InlineData("2023-01-31", "1M", "2023-02-28")]
    [InlineData("2024-03-31", "-1M", "2024-02-29")]
    [InlineData("2024-02-29", "1Y", "2025-02-28")]
    [InlineData("2024-11-30", "1Q", "2025-02-28")]
    public void Months_quarters_and_years_clamp_the_day_to_the_month_end(string from, string formula, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DateFormula.Parse(formula).Apply(DateOnly.Parse(from)));

    [Fact]
    public void No_end_of_month_stickiness_so_the_order_of_terms_matters()
    {
        // 2023-01-31: +1M → 2023-02-28, +1Y → 2024-02-28; but +1Y → 2024-01-31, +1M → 2024-02-29.
        var from = new DateOnly(2023, 1, 31);
        Assert.Equal(new DateOnly(2024, 2, 28), DateFormula.Parse("1M+1Y").Apply(from));
        Assert.Equal(new DateOnly(2024, 2, 29), DateFormula.Parse("1Y+1M").Apply(from));

        // And a clamped month does not spring back: 31 Jan + 1M + 1M = 28 Mar, not 31 Mar.
        Assert.Equal(new DateOnly(2023, 3, 28), DateFormula.Parse("1M+1M").Apply(from));
    }

    [Fact]
    public void D31_skips_months_without_a_31st()
    {
        // Our reading of "the next day 31 of a month": February has none, so March 31 (a test-pinned choice).
        Assert.Equal(new DateOnly(2024, 3, 31), DateFormula.Parse("D31").Apply(new DateOnly(2024, 2, 5)));
        Assert.Equal(new DateOnly(2024, 1, 31), DateFormula.Parse("-D31").Apply(new DateOnly(2024, 3, 15)));
    }

    [Theory]
    [InlineData("<CQ+1M-10D>", "CQ+1M-10D")]
    [InlineData("cq+1m-10d", "CQ+1M-10D")]
    [InlineData("+1D", "1D")]
    [InlineData(" -CM ", "-CM")]
    [InlineData("-wd2+d5", "-WD2+D5")]
    [InlineData("<0010D>", "10D")]
    public void Language_neutral_brackets_case_and_signs_normalise(string text, string canonical)
    {
        var formula = DateFormula.Parse(text);
        Assert.Equal(canonical, formula.ToString());
        Assert.Equal(formula, DateFormula.Parse(formula.ToString()));
        Assert.Equal(formula.GetHashCode(), DateFormula.Parse(canonical).GetHashCode());
    }

    [Fact]
    public void Terms_are_exposed_in_order()
    {
        var terms = DateFormula.Parse("CQ+1M-WD2").Terms;
        Assert.Equal(
            [
                new DateFormulaTerm(false, DateFormulaTermKind.Current, DateFormulaUnit.Quarter, 0),
                new DateFormulaTerm(false, DateFormulaTermKind.Relative, DateFormulaUnit.Month, 1),
                new DateFormulaTerm(true, DateFormulaTermKind.Specific, DateFormulaUnit.Weekday, 2),
            ],
            terms);
    }

    [Fact]
    public void Calculate_helpers_for_the_rules_engine()
    {
        Assert.Equal(new DateOnly(1996, 6, 1), DateFormula.Calculate("CM+1D", May21st1996));
        var withTime = new DateTime(1996, 5, 21, 14, 30, 0, DateTimeKind.Utc);
        var result = DateFormula.Calculate("CM+1D", withTime);
        Assert.Equal(new DateTime(1996, 6, 1, 14, 30, 0, DateTimeKind.Utc), result);
        Assert.Equal(DateTimeKind.Utc, result.Kind);
        Assert.Throws<DateFormulaException>(() => DateFormula.Calculate("1X", May21st1996));
    }

    [Fact]
    public void A_result_outside_the_calendar_is_a_date_formula_error()
    {
        var ex = Assert.Throws<DateFormulaException>(() => DateFormula.Parse("9999Y").Apply(new DateOnly(2000, 1, 1)));
        Assert.Equal("date formula '9999Y': the result from 2000-01-01 falls outside the calendar", ex.Message);
    }
}
