using System.Text;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Engine;
using CampaignFlow.Rules.Filters;
using CampaignFlow.Rules.Inputs;
using CampaignFlow.Rules.Model;

namespace CampaignFlow.Rules.Tests;

/// <summary>Random and mutated expressions: the compiler and the engine only ever give a result or a clear error.</summary>
public sealed class FuzzTests
{
    private static readonly string[] Seeds =
    [
        "o.Total > 100 AND o.Name.Contains(\"dg\")",
        "o.Lines.Any(l => l.Qty > 2 && l.Price * l.Qty >= 10.5)",
        "iif(o.Note == null, o.Quantity, 0) in (1, 2, 3)",
        "np(o.Missing.Item.Length, 0) == 0 || !(o.Kind == \"Person\")",
        "o.Placed.AddDays(-3).Year >= 2024 and o.Due > \"2024-01-01\"",
        "(o.MaybeCount ?? o.Known ?? 1) % 2 == 1 ? true : o.Tags.Count(t => t.StartsWith('n')) > 0",
        "o.Lines.Where(l => l.Item != 'A').Select(l => l.Price).Sum() < 100m",
        "-o.Big / 7L + o.Ratio * 1e2 <> 3.5 OR NOT false",
        "DateOnly(2024, 1, 31).AddMonths(1).Day == 29 && Math.Abs(o.Total - 150) < 1",
        "o.Lines[0].Item.ToUpper().Trim() = \"A\" && o.Name.Substring(1, 2) == \"id\"",
    ];

    private static readonly string[] Vocabulary =
    [
        "o", ".", "Total", "Name", "Lines", "Any", "(", ")", "l", "=>", "l.Qty", ">", "<", "==", "!=", "&&", "||", "AND", "OR", "NOT",
        "!", "+", "-", "*", "/", "%", "?", ":", "??", "in", ",", "1", "2.5", "-3", "\"x\"", "'y'", "null", "true", "false", "iif", "np",
        "Contains", "Count", "[", "]", "0", "DateTime", "Parse", "GetType", "Math", "Abs", "\"", "'", "@", "1e400", "99999999999999999999999",
        "o.Tags", "Select", "Sum", "Where", "it", "DateOnly", "Length", "o.Kind", "\"Person\"", " ", "\\", "\u00e9", "{", "$", "#",
    ];

    [Fact]
    public void RandomAndMutatedExpressionsGiveAResultOrAClearError()
    {
        var random = new Random(12345);
        var compiler = new RuleFilterCompiler(new RulesOptions());
        var order = new Order();
        int compiled = 0, rejected = 0;
        for (var i = 0; i < 4000; i++)
        {
            var expression = i % 2 == 0 ? Mutate(Seeds[random.Next(Seeds.Length)], random) : RandomTokens(random);
            try
            {
                var predicate = compiler.CompilePredicate<Order>(expression, "o");
                _ = predicate(order);
                compiled++;
            }
            catch (RuleCompilationException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Reason), expression);
                Assert.InRange(ex.Column, 1, expression.Length + 1);
                Assert.StartsWith("rule '(expression)' in workflow '(expression)', column ", ex.Message, StringComparison.Ordinal);
                rejected++;
            }
        }
        Assert.True(compiled > 20, $"only {compiled} of the fuzzed expressions compiled");
        Assert.True(rejected > 1000, $"only {rejected} of the fuzzed expressions were rejected");
    }

    [Fact]
    public async Task TheEngineNeverThrowsOnFuzzedRules()
    {
        var random = new Random(777);
        var rules = Enumerable.Range(0, 300)
            .Select(i => new Rule { RuleName = $"R{i}", Expression = Mutate(Seeds[i % Seeds.Length], random) })
            .ToList();
        var engine = new Engine.RulesEngine([new RuleWorkflow { WorkflowName = "Fuzz", Rules = rules }]);
        var results = await engine.ExecuteAllRulesAsync("Fuzz", RuleParameter.Create("o", new Order()));
        Assert.Equal(300, results.Count);
        // Each outcome is a plain true/false, a compile error naming the rule, or a run-time error naming it.
        Assert.All(results, r => Assert.True(
            r.ExceptionMessage is null
            || r.ExceptionMessage.StartsWith($"rule '{r.Rule.RuleName}' in workflow 'Fuzz', column ", StringComparison.Ordinal)
            || r.ExceptionMessage.StartsWith($"Error while executing rule '{r.Rule.RuleName}': ", StringComparison.Ordinal),
            r.Rule.Expression));
        Assert.Contains(results, r => r.ExceptionMessage is null);
        Assert.Contains(results, r => r.ExceptionMessage is not null);
    }

    [Fact]
    public void FuzzedContactFiltersEitherTranslateOrAreRejected()
    {
        var random = new Random(99);
        var compiler = new RuleFilterCompiler(new RulesOptions());
        string[] seeds =
        [
            "contact.JobResponsibilities.Contains(\"PURCHASE\") AND contact.Type == \"Person\"",
            "contact.BusinessRelations.Any(r => r == \"PROS\") || contact.CountryRegionCode in (\"SE\", \"NO\")",
            "contact.Email != null && contact.Email.EndsWith(\".com\") && !contact.PrivacyBlocked",
        ];
        for (var i = 0; i < 1000; i++)
        {
            var expression = Mutate(seeds[i % seeds.Length], random);
            try
            {
                Assert.NotNull(compiler.CompileContactFilter(expression));
                Assert.False(compiler.CompilePredicate<Contact>(expression, "contact")(new Contact()) && expression.Length == 0);
            }
            catch (RuleCompilationException ex)
            {
                Assert.InRange(ex.Column, 1, expression.Length + 1);
            }
        }
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(4))
            {
                case 0 when builder.Length > 0 && at < builder.Length:
                    builder.Remove(at, Math.Min(builder.Length - at, random.Next(1, 4)));
                    break;
                case 1:
                    builder.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]);
                    break;
                case 2 when at < builder.Length:
                    builder[at] = (char)random.Next(32, 127);
                    break;
                default:
                    var from = random.Next(builder.Length);
                    var length = Math.Min(builder.Length - from, random.Next(1, 12));
                    builder.Insert(at, builder.ToString(from, length));
                    break;
            }
        }
        return builder.ToString();
    }

    private static string RandomTokens(Random random) =>
        string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 25)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
}
