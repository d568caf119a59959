using BenchmarkDotNet.Attributes;
using CampaignFlow.Workflows.DateFormulas;

namespace CampaignFlow.Benchmarks.Workflows;

/// <summary>CQ+1M-10D over 1,000 dates: hand-written DateOnly arithmetic vs a parsed DateFormula vs Calculate(string) (cached parse).</summary>
public class DateFormulaBenchmarks
{
    private const int Dates = 1_000;
    private readonly DateFormula formula = DateFormula.Parse("CQ+1M-10D");
    private DateOnly[] dates = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        dates = [.. Enumerable.Range(0, Dates).Select(_ => DateOnly.FromDayNumber(random.Next(700_000, 750_000)))];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Dates)]
    public int RawDateOnlyArithmetic()
    {
        var sum = 0;
        foreach (var date in dates)
        {
            var quarterEndMonth = ((date.Month - 1) / 3 * 3) + 3;
            var quarterEnd = new DateOnly(date.Year, quarterEndMonth, DateTime.DaysInMonth(date.Year, quarterEndMonth));
            sum += quarterEnd.AddMonths(1).AddDays(-10).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Dates)]
    public int ParsedFormulaApply()
    {
        var sum = 0;
        foreach (var date in dates)
        {
            sum += formula.Apply(date).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Dates)]
    public int CalculateFromText()
    {
        var sum = 0;
        foreach (var date in dates)
        {
            sum += DateFormula.Calculate("CQ+1M-10D", date).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Dates)]
    public int ParseEveryTime()
    {
        var sum = 0;
        foreach (var date in dates)
        {
            sum += DateFormula.Parse("CQ+1M-10D").Apply(date).DayNumber;
        }

        return sum;
    }
}
