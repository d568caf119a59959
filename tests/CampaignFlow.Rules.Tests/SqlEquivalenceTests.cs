using CampaignFlow.Domain.Contacts;
using CampaignFlow.Rules.Engine;
using CampaignFlow.Rules.Filters;
using CampaignFlow.Rules.Inputs;
using CampaignFlow.Rules.Loading;
using CampaignFlow.Testing;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Rules.Tests;

/// <summary>
/// The shipped segment rules give the same contacts in memory (the engine over generated objects) and in SQL
/// (EF Core over the product context on a real SQLite file).
/// </summary>
public sealed class SqlEquivalenceTests
{
    private static readonly string RulesFolder = Path.Combine(AppContext.BaseDirectory, "rules", "segments");

    public static TheoryData<string> SegmentFiles() => [.. Directory.GetFiles(RulesFolder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SegmentFiles))]
    public async Task ShippedSegmentRuleGivesTheSameContactsInMemoryAndInSql(string fileName)
    {
        var contacts = ContactGenerator.Generate(seed: 20240521, companies: 80);
        using var store = await TempStore.CreateAsync();
        await SeedAsync(store, contacts);
        var workflow = RuleFileLoader.Load(Path.Combine(RulesFolder, fileName)).Workflows.Single();

        var filter = new RuleFilterCompiler(new RulesOptions()).CompileContactFilter(workflow);
        await using var db = store.Open();
        var query = db.Contacts.Where(filter).Select(c => c.No);
        var sql = query.ToQueryString();
        var inDatabase = (await query.ToListAsync()).Order(StringComparer.Ordinal).ToList();

        var engine = new Engine.RulesEngine([workflow]);
        var inMemory = new List<string>();
        foreach (var contact in contacts)
        {
            var results = await engine.ExecuteAllRulesAsync(workflow.WorkflowName, RuleParameter.Create("contact", contact));
            if (results.All(r => r.IsSuccess))
            {
                inMemory.Add(contact.No);
            }
        }
        var predicate = new RuleFilterCompiler(new RulesOptions()).CompilePredicate<Contact>(workflow, "contact");

        Assert.Equal(inMemory, inDatabase);
        Assert.Equal(inMemory, contacts.Where(predicate).Select(c => c.No).ToList());
        Assert.InRange(inDatabase.Count, 1, contacts.Count - 1);
        Assert.StartsWith("SELECT", sql.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactsOverRelatedSetsBecomeSubqueriesOnTheCompany()
    {
        using var store = await TempStore.CreateAsync();
        var filter = new RuleFilterCompiler(new RulesOptions()).CompileContactFilter("contact.IndustryGroups.Contains(\"RETAIL\") && contact.CustomerNo != null");
        await using var db = store.Open();
        var sql = db.Contacts.Where(filter).ToQueryString();
        Assert.Contains("\"ContactIndustryGroups\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"ContactBusinessRelations\"", sql, StringComparison.Ordinal);
        Assert.Contains("'RETAIL'", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonsInheritTheirCompanysRelationsInBothBackEnds()
    {
        var company = Contact.NewCompany("K1", "Prospect Ltd");
        company.BusinessRelations.Add(new ContactBusinessRelation { ContactNo = "K1", BusinessRelationCode = "PROS" });
        var person = Contact.NewPerson("P1", "Ann", company);
        var loner = Contact.NewPerson("P2", "Bob");
        using var store = await TempStore.CreateAsync();
        await SeedAsync(store, [company, person, loner]);
        var compiler = new RuleFilterCompiler(new RulesOptions());
        const string rule = "contact.BusinessRelations.Contains(\"PROS\")";
        await using var db = store.Open();
        Assert.Equal(["K1", "P1"], await db.Contacts.Where(compiler.CompileContactFilter(rule)).Select(c => c.No).OrderBy(n => n).ToListAsync());
        var inMemory = compiler.CompilePredicate<Contact>(rule, "contact");
        Assert.Equal([true, true, false], new[] { company, person, loner }.Select(inMemory));
        const string byCompany = "np(contact.Company.Name) == \"Prospect Ltd\"";
        Assert.Equal(["K1", "P1"], await db.Contacts.Where(compiler.CompileContactFilter(byCompany)).Select(c => c.No).OrderBy(n => n).ToListAsync());
        Assert.Equal([true, true, false], new[] { company, person, loner }.Select(compiler.CompilePredicate<Contact>(byCompany, "contact")));
    }

    private static async Task SeedAsync(TempStore store, List<Contact> contacts)
    {
        await using var db = store.Open();
        db.JobResponsibilities.AddRange(ContactGenerator.Jobs.Select(c => new JobResponsibility { Code = c, Description = c }));
        db.MailingGroups.AddRange(ContactGenerator.MailingGroups.Select(c => new MailingGroup { Code = c, Description = c }));
        db.IndustryGroups.AddRange(ContactGenerator.Industries.Select(c => new IndustryGroup { Code = c, Description = c }));
        db.BusinessRelations.AddRange(ContactGenerator.Relations.Select(c => new BusinessRelation { Code = c, Description = c }));
        await db.SaveChangesAsync();
        // Detached copies: the generated objects stay untouched for the in-memory side.
        foreach (var contact in contacts)
        {
            var copy = new Contact
            {
                No = contact.No, Name = contact.Name, Type = contact.Type, CompanyNo = contact.CompanyNo, CompanyName = contact.CompanyName,
                CountryRegionCode = contact.CountryRegionCode, LanguageCode = contact.LanguageCode, Email = contact.Email,
                CorrespondenceType = contact.CorrespondenceType, ExcludeFromSegment = contact.ExcludeFromSegment, City = contact.City,
                JobResponsibilities = [.. contact.JobResponsibilities.Select(j => new ContactJobResponsibility { ContactNo = j.ContactNo, JobResponsibilityCode = j.JobResponsibilityCode })],
                MailingGroups = [.. contact.MailingGroups.Select(m => new ContactMailingGroup { ContactNo = m.ContactNo, MailingGroupCode = m.MailingGroupCode })],
                IndustryGroups = [.. contact.IndustryGroups.Select(i => new ContactIndustryGroup { ContactNo = i.ContactNo, IndustryGroupCode = i.IndustryGroupCode })],
                BusinessRelations = [.. contact.BusinessRelations.Select(r => new ContactBusinessRelation { ContactNo = r.ContactNo, BusinessRelationCode = r.BusinessRelationCode, LinkToTable = r.LinkToTable, LinkNo = r.LinkNo })],
            };
            copy.SetPrivacy(contact.PrivacyBlocked);
            db.Contacts.Add(copy);
        }
        await db.SaveChangesAsync();
    }
}
