using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Rules;
using CampaignFlow.Rules.Filters;

namespace CampaignFlow.Benchmarks;

/// <summary>
/// Compiling a typical rule (parse, type-check, build the tree, JIT the delegate) after warm-up; target under 1 ms.
/// Baseline: compiling the same predicate's hand-built expression tree (the part no rule engine can skip).
/// </summary>
[MemoryDiagnoser]
public class RuleCompileBenchmarks
{
    private const string Rule =
        "contact.Type == \"Person\" && contact.JobResponsibilities.Contains(\"PURCHASE\") && contact.CountryRegionCode in (\"SE\", \"NO\", \"DK\")";

    private readonly RuleFilterCompiler _compiler = new(new RulesOptions());

    [Benchmark(Baseline = true)]
    public Func<Contact, bool> HandBuiltTreeCompile()
    {
        Expression<Func<Contact, bool>> tree = c => c.Type == ContactType.Person
            && c.JobResponsibilities.Select(j => j.JobResponsibilityCode).Contains("PURCHASE")
            && (c.CountryRegionCode == "SE" || c.CountryRegionCode == "NO" || c.CountryRegionCode == "DK");
        return tree.Compile();
    }

    [Benchmark]
    public Func<Contact, bool> RuleToDelegate() => _compiler.CompilePredicate<Contact>(Rule, "contact");

    [Benchmark]
    public Expression<Func<Contact, bool>> RuleToSqlFilterTree() => _compiler.CompileContactFilter(Rule);
}
