using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Filters;

namespace CampaignFlow.Rules.Tests;

public sealed class ExpressionTests
{
    private static readonly RuleFilterCompiler Compiler = CreateCompiler();

    private static RuleFilterCompiler CreateCompiler()
    {
        var options = new RulesOptions();
        options.Functions.Register("DateFormula", typeof(TestFunctions), nameof(TestFunctions.EndOfMonthPlus));
        return new RuleFilterCompiler(options);
    }

    private static bool Eval(string expression, Order? order = null) =>
        Compiler.CompileMemoryExpression<Order>(Wrap(expression), "o").Compile()(order ?? new Order());

    private static Model.RuleWorkflow Wrap(string expression) => new()
    {
        WorkflowName = "Tests",
        Rules = [new Model.Rule { RuleName = "R", Expression = expression }],
    };

    [Theory]
    [InlineData("1 == 1")]
    [InlineData("\"a\" == 'a'")]
    [InlineData("'it''s' == \"it's\"")]
    [InlineData("\"tab\\there\".Contains(\"\\t\")")]
    [InlineData("true")]
    [InlineData("TRUE != False")]
    [InlineData("null == null")]
    [InlineData("1.5 > 1")]
    [InlineData("10L == 10")]
    [InlineData("2.5m == 2.5")]
    [InlineData("1e3 == 1000")]
    [InlineData(".5 == 0.5")]
    [InlineData("3000000000 > 2147483647")]
    public void Literals(string expression) => Assert.True(Eval(expression));

    [Theory]
    [InlineData("1 + 2 * 3 == 7")]
    [InlineData("(1 + 2) * 3 == 9")]
    [InlineData("10 % 3 == 1")]
    [InlineData("7 / 2 == 3")]
    [InlineData("7.0 / 2 == 3.5")]
    [InlineData("-3 < 0")]
    [InlineData("- o.Quantity == -3")]
    [InlineData("+o.Quantity == 3")]
    [InlineData("!(1 > 2)")]
    [InlineData("NOT false")]
    [InlineData("not (1 = 2)")]
    [InlineData("true AND false OR true")]
    [InlineData("true and not false")]
    [InlineData("false || true && true")]
    [InlineData("1 <> 2")]
    [InlineData("1 != 2 && 2 >= 2 && 2 <= 2 && 1 < 2 && 3 > 2")]
    [InlineData("(o.Quantity > 2 ? \"a\" : \"b\") == \"a\"")]
    [InlineData("(1 > 2 ? 1 : 2.5) == 2.5")]
    [InlineData("iif(o.Total > 100, 1, 2) == 1")]
    [InlineData("IIF(o.Note == null, \"none\", o.Note) == \"none\"")]
    [InlineData("(o.Note ?? \"none\") == \"none\"")]
    [InlineData("(o.MaybeCount ?? 5) == 5")]
    [InlineData("(o.Known ?? 5) == 7")]
    [InlineData("o.Name in (\"A\", \"Widget\")")]
    [InlineData("o.Quantity in (1, 2, 3)")]
    [InlineData("!(o.Quantity in (4, 5))")]
    [InlineData("o.Total in (150.25, 1)")]
    public void Operators(string expression) => Assert.True(Eval(expression));

    [Theory]
    [InlineData("o.Name.Contains(\"dg\")")]
    [InlineData("o.Name.StartsWith(\"Wid\") && o.Name.EndsWith(\"get\")")]
    [InlineData("o.Name.ToUpper() == \"WIDGET\" && o.Name.ToLower() == \"widget\"")]
    [InlineData("\"  x \".Trim() == \"x\"")]
    [InlineData("o.Name.Length == 6")]
    [InlineData("o.Name.Substring(0, 3) == \"Wid\"")]
    [InlineData("o.Name.IndexOf(\"g\") == 3")]
    [InlineData("o.Name.Replace(\"W\", \"G\") == \"Gidget\"")]
    [InlineData("o.Name + \"-\" + o.Quantity == \"Widget-3\"")]
    [InlineData("o.Name > \"Apple\" && o.Name < \"Zebra\"")]
    [InlineData("string.IsNullOrEmpty(o.Note)")]
    [InlineData("o.Name.Equals(\"Widget\")")]
    [InlineData("o.Quantity.ToString() == \"3\"")]
    public void Strings(string expression) => Assert.True(Eval(expression));

    [Theory]
    [InlineData("o.Placed.Year == 2024 && o.Placed.Month == 3 && o.Placed.Day == 15")]
    [InlineData("o.Placed.DayOfWeek == \"Friday\"")]
    [InlineData("o.Due.DayOfWeek == DayOfWeekSunday", false)]
    [InlineData("o.Due.AddDays(1) > o.Due")]
    [InlineData("o.Due.AddMonths(1) == \"2024-04-30\"")]
    [InlineData("o.Placed > \"2024-01-01\"")]
    [InlineData("o.Placed.AddDays(30) > DateTime.Parse(\"2024-04-01\")")]
    [InlineData("o.Due == DateOnly(2024, 3, 31)")]
    [InlineData("o.Placed.Date == DateTime(2024, 3, 15)")]
    [InlineData("o.Due >= DateOnly.Parse(\"2024-03-01\")")]
    [InlineData("DateFormula(\"CM+1D\", o.Due) == \"2024-04-01\"")]
    [InlineData("dateformula(\"CM+1D\", o.Placed) == DateOnly(2024, 4, 1)")]
    public void Dates(string expression, bool valid = true)
    {
        if (valid)
        {
            Assert.True(Eval(expression));
        }
        else
        {
            Assert.Throws<RuleCompilationException>(() => Eval(expression));
        }
    }

    [Theory]
    [InlineData("o.Lines.Any()")]
    [InlineData("o.Lines.Any(l => l.Qty > 2)")]
    [InlineData("o.Lines.All(l => l.Price > 1)")]
    [InlineData("o.Lines.Count() == 2")]
    [InlineData("o.Lines.Count == 2")]
    [InlineData("o.Lines.Count(l => l.Item == \"A\") == 1")]
    [InlineData("o.Lines.Where(l => l.Qty >= 3).Count() == 1")]
    [InlineData("o.Lines.Select(l => l.Item).Contains(\"B\")")]
    [InlineData("o.Lines.Sum(l => l.Qty) == 5")]
    [InlineData("o.Lines.Sum(l => l.Price * l.Qty) == 27.5")]
    [InlineData("o.Lines.Min(l => l.Price) == 2.5 && o.Lines.Max(l => l.Qty) == 3")]
    [InlineData("o.Lines.Average(l => l.Qty) == 2.5")]
    [InlineData("o.Lines.First().Item == \"A\"")]
    [InlineData("o.Lines.FirstOrDefault(l => l.Qty > 10) == null")]
    [InlineData("o.Lines[1].Item == \"B\"")]
    [InlineData("o.Tags.Contains(\"vip\")")]
    [InlineData("o.Tags.Any(it == \"north\")")]
    [InlineData("o.Tags.Any(t => t.StartsWith(\"n\"))")]
    [InlineData("o.Lines.Any(Qty == 3)")]
    [InlineData("o.Lines.Any(l => o.Tags.Any(t => t.Length > l.Qty))")]
    [InlineData("o.Tags.Distinct().Count() == 2")]
    public void Collections(string expression) => Assert.True(Eval(expression));

    [Theory]
    [InlineData("o.Total > 100")]
    [InlineData("o.Total > 99.5")]
    [InlineData("o.Total * 2 > o.Ratio")]
    [InlineData("o.Big + o.Quantity > 5000000002")]
    [InlineData("o.Quantity * o.Total > 450")]
    [InlineData("o.Ratio < 1")]
    [InlineData("!(o.MaybeCount > 1)")]
    [InlineData("o.MaybeCount == null")]
    [InlineData("o.Known == 7 && o.Known > 6.5")]
    [InlineData("o.Known + 1 == 8")]
    [InlineData("o.Kind == \"Person\"")]
    [InlineData("o.Kind == \"person\"")]
    [InlineData("o.Kind != \"Company\"")]
    [InlineData("o.Kind in (\"Company\", \"Person\")")]
    [InlineData("o.Kind > \"Company\"")]
    [InlineData("np(o.Note.Length) == null")]
    [InlineData("np(o.Note.Length, 0) == 0")]
    [InlineData("np(o.Missing.Item) == null")]
    [InlineData("np(o.Name.Length) == 6")]
    [InlineData("o.Known.HasValue && o.Known.Value == 7")]
    [InlineData("Math.Abs(-2) == 2 && Math.Round(o.Total) == 150 && Math.Max(o.Quantity, 10) == 10")]
    public void TypesAndNulls(string expression) => Assert.True(Eval(expression));

    [Theory]
    [InlineData("o.Quantity > 3")]
    [InlineData("o.Name == \"widget\"")]
    [InlineData("o.Tags.Contains(\"VIP\")")]
    [InlineData("o.Note.Length > 0")]
    [InlineData("o.Total / 0 > 1")]
    public void FalseOrRunTimeErrorGivesFalse(string expression) => Assert.False(Eval(expression));
}
