using CampaignFlow.Workflows.DateFormulas;

namespace CampaignFlow.Workflows.Tests.DateFormulas;

/// <summary>Invariants checked over many random dates (seeded, so a failure reproduces).</summary>
public class DateFormulaPropertyTests
{
    private const int Samples = 5000;

    public static TheoryData<int> Seeds => [1, 42, 20240229];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Current_terms_land_on_the_edges_of_their_period(int seed)
    {
        foreach (var date in RandomDates(seed))
        {
            var monthStart = DateFormula.Calculate("-CM", date);
            var monthEnd = DateFormula.Calculate("CM", date);
            Assert.Equal(1, monthStart.Day);
            Assert.Equal(date.Month, monthStart.Month);
            Assert.Equal(DateTime.DaysInMonth(date.Year, date.Month), monthEnd.Day);
            Assert.Equal(monthStart, DateFormula.Calculate("CM+1D-1M", date));

            var sunday = DateFormula.Calculate("CW", date);
            var monday = DateFormula.Calculate("-CW", date);
            Assert.Equal(DayOfWeek.Sunday, sunday.DayOfWeek);
            Assert.Equal(DayOfWeek.Monday, monday.DayOfWeek);
            Assert.InRange(date.DayNumber - monday.DayNumber, 0, 6);
            Assert.Equal(6, sunday.DayNumber - monday.DayNumber);

            var quarterEnd = DateFormula.Calculate("CQ", date);
            Assert.Equal(0, quarterEnd.Month % 3);
            Assert.Equal(quarterEnd, DateFormula.Calculate("-CQ+2M", date) is var m ? DateFormula.Calculate("CM", m) : default);
            Assert.Equal(new DateOnly(date.Year, 12, 31), DateFormula.Calculate("CY", date));
            Assert.Equal(new DateOnly(date.Year, 1, 1), DateFormula.Calculate("-CY", date));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Weekday_terms_never_stay_on_the_same_day(int seed)
    {
        var random = new Random(seed);
        foreach (var date in RandomDates(seed))
        {
            var weekday = random.Next(1, 8);
            var next = DateFormula.Parse($"WD{weekday}").Apply(date);
            var previous = DateFormula.Parse($"-WD{weekday}").Apply(date);
            Assert.Equal(weekday % 7, (int)next.DayOfWeek);
            Assert.Equal(weekday % 7, (int)previous.DayOfWeek);
            Assert.InRange(next.DayNumber - date.DayNumber, 1, 7);
            Assert.InRange(date.DayNumber - previous.DayNumber, 1, 7);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Day_of_month_terms_are_strictly_after_or_before(int seed)
    {
        var random = new Random(seed);
        foreach (var date in RandomDates(seed))
        {
            var day = random.Next(1, 32);
            var next = DateFormula.Parse($"D{day}").Apply(date);
            var previous = DateFormula.Parse($"-D{day}").Apply(date);
            Assert.Equal(day, next.Day);
            Assert.Equal(day, previous.Day);
            Assert.True(next > date);
            Assert.True(previous < date);

            // Strictly the next one: no day n lies between the date and the result.
            for (var d = date.AddDays(1); d < next; d = d.AddDays(1))
            {
                Assert.NotEqual(day, d.Day);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Relative_terms_add_exactly(int seed)
    {
        var random = new Random(seed);
        foreach (var date in RandomDates(seed))
        {
            var n = random.Next(0, 400);
            Assert.Equal(date.AddDays(n), DateFormula.Parse($"{n}D").Apply(date));
            Assert.Equal(date.AddDays(-n), DateFormula.Parse($"-{n}D").Apply(date));
            Assert.Equal(date.AddDays(7 * n), DateFormula.Parse($"{n}W").Apply(date));

            var plusMonth = DateFormula.Parse("1M").Apply(date);
            Assert.Equal(Math.Min(date.Day, DateTime.DaysInMonth(plusMonth.Year, plusMonth.Month)), plusMonth.Day);
            Assert.Equal(((date.Month % 12) + 1), plusMonth.Month);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Canonical_text_round_trips(int seed)
    {
        var random = new Random(seed);
        string[] pieces = ["5D", "CM", "-CW", "WD3", "-D15", "2Q", "-1Y", "CD", "10W", "-3M"];
        for (var i = 0; i < Samples / 10; i++)
        {
            var text = string.Join(random.Next(2) == 0 ? "+" : "-", Enumerable.Range(0, random.Next(1, 4)).Select(_ => pieces[random.Next(pieces.Length)]).Select(p => p.TrimStart('-')));
            var formula = DateFormula.Parse(text);
            Assert.Equal(formula, DateFormula.Parse(formula.ToString()));
            Assert.Equal(formula, DateFormula.Parse("<" + formula + ">"));
        }
    }

    private static IEnumerable<DateOnly> RandomDates(int seed)
    {
        var random = new Random(seed);
        var min = new DateOnly(1900, 1, 1).DayNumber;
        var max = new DateOnly(2200, 12, 31).DayNumber;
        for (var i = 0; i < Samples; i++)
        {
            yield return DateOnly.FromDayNumber(random.Next(min, max));
        }
    }
}
