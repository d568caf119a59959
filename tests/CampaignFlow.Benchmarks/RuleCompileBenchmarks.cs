using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Rules;
using CampaignFlow.Rules.Filters;
using CampaignFlow.Rules.Model;
using CampaignFlow.Rules.Parsing;

namespace CampaignFlow.Benchmarks;

/// <summary>
/// Compiling a typical rule (parse, type-check, build the tree, JIT the delegate) after warm-up; target under 1 ms.
/// Baseline: compiling the same predicate's hand-built expression tree (the part no rule engine can skip).
/// The phases are also timed on their own: Parse (text to syntax tree), BindMemoryTree (parse + bind + the memory
/// rewrites, i.e. everything before Expression.Compile) and CompileOnly (Expression.Compile of that finished tree).
/// </summary>
[MemoryDiagnoser]
public class RuleCompileBenchmarks
{
    private const string Rule =
        "contact.Type == \"Person\" && contact.JobResponsibilities.Contains(\"PURCHASE\") && contact.CountryRegionCode in (\"SE\", \"NO\", \"DK\")";

    private static readonly RuleWorkflow Workflow = new()
    {
        WorkflowName = "Benchmark",
        Rules = [new Rule { RuleName = "Rule", Expression = Rule }],
    };

    private readonly RulesOptions _options = new();
    private RuleFilterCompiler _compiler = null!;
    private Expression<Func<Contact, bool>> _memoryTree = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compiler = new RuleFilterCompiler(_options);
        _memoryTree = _compiler.CompileMemoryExpression<Contact>(Workflow, "contact");
    }

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
    public object Parse() => Parser.Parse(Rule, _options.MaxExpressionLength, _options.MaxNestingDepth);

    [Benchmark]
    public Expression<Func<Contact, bool>> BindMemoryTree() => _compiler.CompileMemoryExpression<Contact>(Workflow, "contact");

    [Benchmark]
    public Func<Contact, bool> CompileOnly() => _memoryTree.Compile();

    [Benchmark]
    public Expression<Func<Contact, bool>> RuleToSqlFilterTree() => _compiler.CompileContactFilter(Rule);
}
