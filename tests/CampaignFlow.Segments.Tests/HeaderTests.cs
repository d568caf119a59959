using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Segments.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Segments.Tests;

public sealed class HeaderTests
{
    [Fact]
    public async Task Lines_are_filled_in_the_database_exactly_as_Segment_FillLine_says()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync(new SegmentHeaderUpdate { Description = "Letters", SubjectDefault = "Thanks", UnitCost = 1.25m });
        var withTemplate = await f.Service.SetTemplateAsync(s.No, s.Version, "BUS");
        var header = await f.Service.UpdateHeaderAsync(s.No, withTemplate.Version, SegmentHeaderUpdate.From(withTemplate) with { LanguageCodeDefault = "FR" }, updateLines: true);
        await f.Service.AddContactsAsync(s.No, header.Version, SegmentFilter.Inline("true"), new SegmentActionOptions { IgnoreExclusion = true });

        await using var db = f.Store.Open();
        var template = await db.InteractionTemplates.AsNoTracking().Include(t => t.Contents).SingleAsync(t => t.Code == "BUS");
        var contacts = await db.Contacts.AsNoTracking().ToDictionaryAsync(c => c.No);
        var lines = await f.Service.GetLinesAsync(s.No);
        Assert.Equal(contacts.Count, lines.Count);
        foreach (var line in lines)
        {
            var expected = new SegmentLine { LineNo = line.LineNo };
            header.FillLine(expected, contacts[line.ContactNo], template);
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected), System.Text.Json.JsonSerializer.Serialize(line));
        }
        // The rules of DOMAIN.md, spelled out on three contacts: Anna (Email, DA), Bob (none, EN), Aaron (none, FR).
        Assert.Equal((CorrespondenceType.Email, "DA", "JO"), Fields(lines, "CT101"));
        Assert.Equal((CorrespondenceType.HardCopy, "EN", "JO"), Fields(lines, "CT102"));
        Assert.Equal((CorrespondenceType.HardCopy, "FR", "JO"), Fields(lines, "CT103"));
        Assert.Equal(2.5m, lines[0].CostLcy);
    }

    private static (CorrespondenceType, string?, string?) Fields(IEnumerable<SegmentLine> lines, string contactNo)
    {
        var line = lines.Single(l => l.ContactNo == contactNo);
        return (line.CorrespondenceType, line.LanguageCode, line.SalespersonCode);
    }

    [Fact]
    public async Task Header_changes_flow_to_lines_only_when_asked_and_a_template_always_updates_all_lines()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync(new SegmentHeaderUpdate { Description = "Visitors" });
        var r = await f.Service.AddContactsAsync(s.No, s.Version, SegmentFixture.Purchase);

        var quiet = await f.Service.UpdateHeaderAsync(s.No, r.Version, SegmentHeaderUpdate.From(s) with { SubjectDefault = "Hello", SalespersonCode = "JO" }, updateLines: false);
        Assert.Equal("Hello", quiet.SubjectDefault);
        Assert.All(await f.Service.GetLinesAsync(s.No), l => Assert.Null(l.Subject));

        var loud = await f.Service.UpdateHeaderAsync(s.No, quiet.Version, SegmentHeaderUpdate.From(quiet) with { UnitCost = 4m }, updateLines: true);
        Assert.All(await f.Service.GetLinesAsync(s.No), l =>
        {
            Assert.Equal(4m, l.CostLcy);
            Assert.Null(l.Subject); // only the changed field is pushed to the lines
        });

        // RESP (walkthrough "Enregistrement des réponses"): campaign CP0001, Campaign Response, inbound, initiated by them.
        var resp = await f.Service.SetTemplateAsync(s.No, loud.Version, "RESP");
        Assert.Equal(("CP0001", true, false), (resp.CampaignNo, resp.CampaignResponse, resp.CampaignTarget));
        Assert.All(await f.Service.GetLinesAsync(s.No), l =>
        {
            Assert.Equal(("RESP", "CP0001", true), (l.InteractionTemplateCode, l.CampaignNo, l.CampaignResponse));
            Assert.Equal((InformationFlow.Inbound, InitiatedBy.Them, "Hello", 0m), (l.InformationFlow, l.InitiatedBy, l.Subject, l.CostLcy));
        });

        var flag = await f.Service.SetLineCampaignFlagsAsync(s.No, resp.Version, 20000, campaignTarget: true, campaignResponse: false);
        var line = (await f.Service.GetLinesAsync(s.No)).Single(l => l.LineNo == 20000);
        Assert.Equal((true, false), (line.CampaignTarget, line.CampaignResponse));
        Assert.Equal(flag, (await f.Service.GetAsync(s.No)).Version);

        await f.Service.DeleteAsync(s.No, flag);
        await using var db = f.Store.Open();
        Assert.False(await db.SegmentLines.AnyAsync(l => l.SegmentNo == s.No));
        Assert.False(await db.SegmentHistory.AnyAsync(h => h.SegmentNo == s.No));
        Assert.False(await db.SegmentCriteriaActions.AnyAsync(a => a.SegmentNo == s.No));
    }

    [Fact]
    public async Task AddCampaignFlowSegments_registers_a_working_service_reading_shipped_rules()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rules:RulesDirectory"] = Path.Combine(AppContext.BaseDirectory, "rules"),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IDbContextFactory<Storage.CampaignFlowDbContext>>(f.Store);
        services.AddOptions<Rules.RulesOptions>().BindConfiguration(Rules.RulesOptions.SectionName);
        services.AddCampaignFlowSegments();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        // The host imports the shipped rules/ folder into the rule set store at start; the catalog reads the store.
        await provider.GetRequiredService<Storage.RuleSets.RuleSetStore>().ImportShippedAsync(Path.Combine(AppContext.BaseDirectory, "rules"));
        var segments = provider.GetRequiredService<SegmentService>();
        var s = await segments.CreateAsync();
        Assert.Equal(6, (await segments.AddContactsAsync(s.No, s.Version, SegmentFixture.Purchase)).LinesAffected);
    }
}
