using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Rules;
using CampaignFlow.Rules.Filters;
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
[MemoryDiagnoser]
public class RuleEvaluationBenchmarks
{
    private const string ContactRule =
        "contact.Type == \"Person\" && contact.JobResponsibilities.Contains(\"PURCHASE\") && contact.CountryRegionCode in (\"SE\", \"NO\", \"DK\")";

    private Contact[] _contacts = [];
    private Func<Contact, bool> _compiledContact = _ => false;
    private Func<Contact, bool> _handContact = _ => false;
    private EligibilityLine[] _requests = [];
    private Func<EligibilityLine, bool> _compiledDiscount = _ => false;
    private Func<EligibilityLine, bool> _handDiscount = _ => false;

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
        _compiledDiscount = compiler.CompilePredicate<EligibilityLine>(
            "line.Quantity >= 10 && (line.CurrencyCode == \"\" || line.CurrencyCode == \"EUR\") && line.Date >= \"2024-12-01\" && line.Date.DayOfWeek != \"Sunday\"", "line");
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

    [Benchmark(Baseline = true)]
    public int ContactsHandWritten() => Count(_contacts, _handContact);

    [Benchmark]
    public int ContactsCompiledRule() => Count(_contacts, _compiledContact);

    [Benchmark]
    public int DiscountHandWritten() => Count(_requests, _handDiscount);

    [Benchmark]
    public int DiscountCompiledRule() => Count(_requests, _compiledDiscount);

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
