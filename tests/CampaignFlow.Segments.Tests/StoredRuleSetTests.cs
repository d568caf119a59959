using CampaignFlow.Storage.RuleSets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Segments.Tests;

/// <summary>Segment actions read their rule sets from the store: an edit applies to the next action; a bad one is refused.</summary>
public sealed class StoredRuleSetTests
{
    private static async Task<(SegmentFixture Fixture, ServiceProvider Provider)> CreateAsync()
    {
        var f = await SegmentFixture.CreateAsync();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<IDbContextFactory<Storage.CampaignFlowDbContext>>(f.Store)
            .AddSingleton<TimeProvider>(f.Clock);
        services.AddCampaignFlowSegments();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<RuleSetStore>().ImportShippedAsync(Path.Combine(AppContext.BaseDirectory, "rules"));
        return (f, provider);
    }

    private static string Walkthrough(string purchaseExpression) => $$"""
        { "WorkflowName": "Segments.Walkthrough", "Rules": [
          { "RuleName": "Purchase", "SuccessEvent": "include", "Expression": {{System.Text.Json.JsonSerializer.Serialize(purchaseExpression)}} } ] }
        """;

    [Fact]
    public async Task An_edit_of_a_stored_rule_set_changes_what_the_next_Add_contacts_selects()
    {
        var (f, provider) = await CreateAsync();
        await using var _ = f;
        await using var __ = provider;
        var segments = provider.GetRequiredService<SegmentService>();
        var store = provider.GetRequiredService<RuleSetStore>();
        var before = await segments.CreateAsync();
        Assert.Equal(6, (await segments.AddContactsAsync(before.No, before.Version, SegmentFixture.Purchase)).LinesAffected);

        var current = (await store.GetAsync("Segments.Walkthrough"))!;
        await store.SaveAsync("Segments.Walkthrough", Walkthrough("contact.JobResponsibilities.Contains(\"SALES\")"), current.Version, "admin");

        var after = await segments.CreateAsync();
        var sales = await segments.AddContactsAsync(after.No, after.Version, SegmentFixture.Purchase);
        await using var db = f.Store.Open();
        var salesContacts = await db.ContactJobResponsibilities.Where(j => j.JobResponsibilityCode == "SALES").Select(j => j.ContactNo).Distinct().CountAsync();
        Assert.NotEqual(6, sales.LinesAffected);
        Assert.Equal(salesContacts, await db.SegmentLines.CountAsync(l => l.SegmentNo == after.No));
    }

    [Fact]
    public async Task A_segment_rule_set_that_does_not_compile_is_refused_and_the_old_version_stays_in_use()
    {
        var (f, provider) = await CreateAsync();
        await using var _ = f;
        await using var __ = provider;
        var store = provider.GetRequiredService<RuleSetStore>();
        var current = (await store.GetAsync("Segments.Walkthrough"))!;

        var error = await Assert.ThrowsAsync<RuleSetInvalidException>(() =>
            store.SaveAsync("Segments.Walkthrough", Walkthrough("contact.JobResponsibilities.Contains(\"SALES\") && contact.Name > 3"), current.Version, "admin"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("Segments.Walkthrough", "Purchase"), (diagnostic.Workflow, diagnostic.Rule));
        Assert.NotNull(diagnostic.Column);
        var segments = provider.GetRequiredService<SegmentService>();
        var s = await segments.CreateAsync();
        Assert.Equal(6, (await segments.AddContactsAsync(s.No, s.Version, SegmentFixture.Purchase)).LinesAffected);
    }

    [Fact]
    public async Task A_segment_rule_that_compiles_but_has_no_SQL_translation_is_refused_when_saved()
    {
        var (f, provider) = await CreateAsync();
        await using var _ = f;
        await using var __ = provider;
        var store = provider.GetRequiredService<RuleSetStore>();
        var current = (await store.GetAsync("Segments.Walkthrough"))!;

        // PadLeft is an allowed string method in memory, but EF Core has no SQL for it.
        var error = await Assert.ThrowsAsync<RuleSetInvalidException>(() =>
            store.SaveAsync("Segments.Walkthrough", Walkthrough("contact.Name.PadLeft(40).Length > 39"), current.Version, "admin"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("Segments.Walkthrough", "Purchase"), (diagnostic.Workflow, diagnostic.Rule));
        Assert.Contains("SQL", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(current.Version, (await store.GetAsync("Segments.Walkthrough"))!.Version);
    }

    [Fact]
    public async Task The_SQL_check_translates_every_rule_of_a_segment_rule_set_on_the_store()
    {
        var (f, provider) = await CreateAsync();
        await using var _ = f;
        await using var __ = provider;
        var check = provider.GetServices<IRuleSetCheck>().Single();
        var catalog = provider.GetRequiredService<Filters.SegmentRuleCatalog>();

        foreach (var name in catalog.Names)
            Assert.Empty(check.Check(catalog.Find(name)!, name));
        Assert.Contains("Segments.Walkthrough", catalog.Names);
        Assert.DoesNotContain(catalog.Names, n => n.StartsWith("Discounts.", StringComparison.Ordinal));
    }
}
