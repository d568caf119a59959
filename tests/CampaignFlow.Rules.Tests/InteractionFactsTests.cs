using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Rules.Filters;
using CampaignFlow.Rules.Inputs;
using CampaignFlow.Testing;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Rules.Tests;

/// <summary>contact.Interactions (the contact's interaction log entries) gives the same contacts in SQL and in memory.</summary>
public sealed class InteractionFactsTests
{
    private static readonly string[] Templates = ["BUS", "ABSTRACT", "MEMO", "GOLF"];

    [Theory]
    [InlineData("contact.Interactions.Any(i => i.TemplateCode == \"BUS\" && i.Date >= DateOnly(2026, 1, 1))")]
    [InlineData("contact.Interactions.Count(i => !i.Canceled && i.CampaignResponse) >= 2")]
    [InlineData("contact.Interactions.Any(i => i.CampaignNo == \"CP0001\" && i.CampaignTarget) && !contact.Interactions.Any(i => i.CampaignNo == \"CP0001\" && i.CampaignResponse)")]
    [InlineData("contact.Interactions.Where(i => i.CorrespondenceType == \"Email\").Sum(i => i.Cost) > 5")]
    [InlineData("contact.Interactions.All(i => i.TemplateCode != \"GOLF\") && contact.Interactions.Count > 0")]
    public async Task An_interaction_rule_gives_the_same_contacts_in_SQL_and_in_memory(string expression)
    {
        var contacts = Generate(seed: 20260301, count: 120);
        using var store = await TempStore.CreateAsync();
        await using (var db = store.Open())
        {
            db.Contacts.AddRange(contacts);
            await db.SaveChangesAsync();
        }
        var compiler = new RuleFilterCompiler(new RulesOptions());

        await using var read = store.Open();
        var query = read.Contacts.Where(compiler.CompileContactFilter(expression)).Select(c => c.No);
        var sql = query.ToQueryString();
        var inDatabase = (await query.ToListAsync()).Order(StringComparer.Ordinal).ToList();
        var inMemory = contacts.Where(compiler.CompilePredicate<Contact>(expression, "contact")).Select(c => c.No).Order(StringComparer.Ordinal).ToList();
        var workflow = new Model.RuleWorkflow { WorkflowName = "Segments.Interactions", Rules = [new Model.Rule { RuleName = "R", Expression = expression }] };
        var engine = new Engine.RulesEngine([workflow]);
        var byEngine = new List<string>();
        foreach (var contact in contacts)
        {
            if ((await engine.ExecuteAllRulesAsync(workflow.WorkflowName, RuleParameter.Create("contact", contact))).All(r => r.IsSuccess)) byEngine.Add(contact.No);
        }

        Assert.Contains("\"InteractionLogEntries\"", sql, StringComparison.Ordinal);
        Assert.Equal(inMemory, inDatabase);
        Assert.Equal(inMemory, byEngine.Order(StringComparer.Ordinal).ToList());
        Assert.InRange(inDatabase.Count, 1, contacts.Count - 1);
    }

    [Fact]
    public void A_contact_whose_interactions_are_not_loaded_has_none_in_memory_and_unknown_members_are_named()
    {
        var compiler = new RuleFilterCompiler(new RulesOptions());
        var none = compiler.CompilePredicate<Contact>("contact.Interactions.Any(i => i.TemplateCode == \"BUS\")", "contact");
        Assert.False(none(Contact.NewCompany("K1", "Alone")));

        var error = Assert.Throws<Diagnostics.RuleCompilationException>(() => compiler.CompileContactFilter("contact.Interactions.Any(i => i.Template == \"BUS\")"));
        Assert.Contains("Template", error.Message, StringComparison.Ordinal);
        Assert.Contains("TemplateCode", error.Message, StringComparison.Ordinal);
    }

    private static List<Contact> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var contacts = new List<Contact>();
        for (var n = 1; n <= count; n++)
        {
            var contact = Contact.NewCompany($"K{n:0000}", $"Company {n}");
            var interactions = random.Next(0, 5);
            for (var k = 0; k < interactions; k++)
            {
                contact.Interactions.Add(new InteractionLogEntry
                {
                    ContactNo = contact.No,
                    Date = new DateOnly(2025, 10, 1).AddDays(random.Next(0, 180)),
                    Description = "generated",
                    InteractionTemplateCode = Templates[random.Next(Templates.Length)],
                    CampaignNo = random.Next(3) == 0 ? "CP0001" : null,
                    CampaignTarget = random.Next(2) == 0,
                    CampaignResponse = random.Next(3) == 0,
                    Canceled = random.Next(5) == 0,
                    Cost = random.Next(0, 8),
                    CorrespondenceType = random.Next(2) == 0 ? CorrespondenceType.Email : CorrespondenceType.HardCopy,
                });
            }
            contacts.Add(contact);
        }
        return contacts;
    }
}
