using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Rules;
using CampaignFlow.Rules.Filters;
using CampaignFlow.Rules.Inputs;
using CampaignFlow.Rules.Model;
using CampaignFlow.Campaigns.Eligibility;

namespace CampaignFlow.Benchmarks;

/// <summary>
/// A compiled rule in memory against the same predicate written in C# (target: within 1.5×).
/// Contacts: a segment rule over facts of related sets; Discount: an eligibility rule over a typed input.
/// Like with like: each side is a Func&lt;T, bool&gt; called once per item by the same counting loop, and each
/// runs its own body once per call. The hand-written bodies are NoInlining methods: a rule's delegate is code
/// made at run time, which the JIT can never inline into the loop, whereas a C# lambda can be (dynamic PGO
/// devirtualises the delegate call and inlines the body), which would time the inlining, not the predicate.
/// The compiled side also carries the rule's guard (an exception makes the rule false).
/// </summary>
/// <remarks>
/// DiscountEngineResults / DiscountEngineVerdict run the same rule as a registered workflow through RulesEngine
/// (inputs as RuleParameter, made once in setup): the full RuleResultTree path against the verdict-only fast path.
/// </remarks>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MemoryDiagnoser]
public class RuleEvaluationBenchmarks
{
    private const string DiscountRule =
        "line.Quantity >= 10 && (line.CurrencyCode == \"\" || line.CurrencyCode == \"EUR\") && line.Date >= \"2024-12-01\" && line.Date.DayOfWeek != \"Sunday\"";

    private const string ContactRule =
        "contact.Type == \"Person\" && contact.JobResponsibilities.Contains(\"PURCHASE\") && contact.CountryRegionCode in (\"SE\", \"NO\", \"DK\")";

    private Contact[] _contacts = [];
    private Func<Contact, bool> _compiledContact = _ => false;
    private Func<Contact, bool> _handContact = _ => false;
    private EligibilityLine[] _requests = [];
    private Func<EligibilityLine, bool> _compiledDiscount = _ => false;
    private Func<EligibilityLine, bool> _handDiscount = _ => false;
    private RuleParameter[][] _requestInputs = [];
    private Rules.Engine.RulesEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        string[] countries = ["SE", "NO", "DK", "FR", "GB"];
        string[] jobs = ["PURCHASE", "SALES", "IT"];
        var contacts = new List<Contact>();
        for (var c = 0; c < 200; c++)
        {
            var company = Contact.NewCompany($"K{c}", $"Company {c}");
            contacts.Add(company);
            for (var p = 0; p < 4; p++)
            {
                var person = Contact.NewPerson($"P{c}-{p}", $"Person {p}", company);
                person.CountryRegionCode = countries[random.Next(countries.Length)];
                person.JobResponsibilities.Add(new ContactJobResponsibility { ContactNo = person.No, JobResponsibilityCode = jobs[random.Next(jobs.Length)] });
                contacts.Add(person);
            }
        }
        _contacts = [.. contacts];
        var compiler = new RuleFilterCompiler(new RulesOptions());
        _compiledContact = compiler.CompilePredicate<Contact>(ContactRule, "contact");
        _handContact = HandContact;

        _requests = [.. Enumerable.Range(0, 1000).Select(i =>
            new EligibilityLine("1000", "", i % 40, "PCS", i % 3 == 0 ? "" : "EUR", 10, 10 * (i % 40), new DateOnly(2024, 12, 1 + (i % 28))))];
        _compiledDiscount = compiler.CompilePredicate<EligibilityLine>(DiscountRule, "line");
        _engine = new Rules.Engine.RulesEngine([new RuleWorkflow
        {
            WorkflowName = "Discount",
            Rules = [new Rule { RuleName = "Eligible", Expression = DiscountRule, ErrorMessage = "line $(line.ItemNo) is not eligible" }],
        }]);
        _requestInputs = [.. _requests.Select(r => new[] { RuleParameter.Create("line", r) })];
        _handDiscount = HandDiscount;
    }

    private static readonly DateOnly DiscountStart = new(2024, 12, 1);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool HandContact(Contact c) => c.Type == ContactType.Person
        && c.JobResponsibilities.Any(j => j.JobResponsibilityCode == "PURCHASE")
        && (c.CountryRegionCode == "SE" || c.CountryRegionCode == "NO" || c.CountryRegionCode == "DK");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool HandDiscount(EligibilityLine l) =>
        l.Quantity >= 10 && (l.CurrencyCode == "" || l.CurrencyCode == "EUR") && l.Date >= DiscountStart && l.Date.DayOfWeek != DayOfWeek.Sunday;

    [Benchmark(Baseline = true), BenchmarkCategory("Contacts")]
    public int ContactsHandWritten() => Count(_contacts, _handContact);

    [Benchmark, BenchmarkCategory("Contacts")]
    public int ContactsCompiledRule() => Count(_contacts, _compiledContact);

    [Benchmark(Baseline = true), BenchmarkCategory("Discount")]
    public int DiscountHandWritten() => Count(_requests, _handDiscount);

    [Benchmark, BenchmarkCategory("Discount")]
    public int DiscountCompiledRule() => Count(_requests, _compiledDiscount);

    [Benchmark, BenchmarkCategory("Discount")]
    public int DiscountEngineResults()
    {
        var n = 0;
        foreach (var inputs in _requestInputs)
        {
            var results = _engine.ExecuteAllRulesAsync("Discount", inputs).Result;
            if (results.TrueForAll(r => r.IsSuccess))
            {
                n++;
            }
        }
        return n;
    }

    [Benchmark, BenchmarkCategory("Discount")]
    public int DiscountEngineVerdict()
    {
        var n = 0;
        foreach (var inputs in _requestInputs)
        {
            if (_engine.AllRulesSucceed("Discount", inputs))
            {
                n++;
            }
        }
        return n;
    }

    private static int Count(Contact[] contacts, Func<Contact, bool> predicate)
    {
        var n = 0;
        foreach (var contact in contacts)
        {
            if (predicate(contact))
            {
                n++;
            }
        }
        return n;
    }

    private static int Count(EligibilityLine[] requests, Func<EligibilityLine, bool> predicate)
    {
        var n = 0;
        foreach (var request in requests)
        {
            if (predicate(request))
            {
                n++;
            }
        }
        return n;
    }
}
