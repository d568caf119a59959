using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampaignFlow.Domain;
using CampaignFlow.Host.ContactsCsv;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Host.Tests.Cli;

/// <summary>
/// The CSV import and the CONTACT number series (CT + 6 digits in the demo): imported numbers move the series on, so a
/// contact created later through the API never collides; rows without a No. are numbered from the series.
/// </summary>
public sealed class ContactNumberingTests(RunningHost host) : IClassFixture<RunningHost>
{
    private const string Header = "No,Name,Type,CompanyNo,SalespersonCode,TerritoryCode,CountryRegionCode,PostCode,City,Address,LanguageCode,Email,PhoneNo,CorrespondenceType,ExcludeFromSegment";

    private async Task<ContactImportResult> ImportAsync(string csv)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var importer = new ContactCsvImporter(scope.ServiceProvider.GetRequiredService<CampaignFlowDbContext>());
        return await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
    }

    private async Task<int> LastNoAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CampaignFlowDbContext>().NumberSeries.AsNoTracking()
            .Where(s => s.Code == NumberSeries.Contacts).Select(s => s.LastNo).SingleAsync();
    }

    [Fact]
    public async Task Imported_numbers_move_the_series_on_and_blank_numbers_come_from_it_so_the_api_never_collides()
    {
        var before = await LastNoAsync();
        var high = before + 500;
        var highNo = $"CT{high:D6}";
        var result = await ImportAsync(string.Join('\n',
            Header,
            $"{highNo},High Co,Company,,,,,,,,,,,,",
            ",Blank Co,Company,,,,,,,,,,,,",
            $",Blank Person,Person,{highNo},,,,,,,,,,,",
            "CT9,Short number,Person,,,,,,,,,,,,",
            "XY999999,Other prefix,Person,,,,,,,,,,,,") + "\n");
        Assert.Equal(0, result.RejectedCount);
        Assert.Equal(2, result.Numbered);
        Assert.Equal(high + 2, await LastNoAsync());

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignFlowDbContext>();
            var blankCo = await db.Contacts.AsNoTracking().SingleAsync(c => c.Name == "Blank Co");
            Assert.Equal($"CT{high + 1:D6}", blankCo.No);
            Assert.Equal(blankCo.No, blankCo.CompanyNo);
            var blankPerson = await db.Contacts.AsNoTracking().SingleAsync(c => c.Name == "Blank Person");
            Assert.Equal($"CT{high + 2:D6}", blankPerson.No);
            Assert.Equal(highNo, blankPerson.CompanyNo);
        }

        using var client = host.Client("marketing");
        using var created = await client.PostAsJsonAsync("api/contacts", new { name = "Made in the API", type = "Person" });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"CT{high + 3:D6}", json.GetProperty("no").GetString());
    }

    [Fact]
    public async Task Reimporting_numbered_rows_is_idempotent_and_a_number_given_to_a_blank_row_cannot_be_reused_in_the_same_file()
    {
        var first = await ImportAsync(Header + "\n,Fresh Person,Person,,,,,,,,,,,,\n");
        Assert.Equal(1, first.Numbered);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignFlowDbContext>();
        var fresh = (await db.Contacts.AsNoTracking().SingleAsync(c => c.Name == "Fresh Person")).No;
        var last = await LastNoAsync();

        var again = await ImportAsync($"{Header}\n{fresh},Fresh Person renamed,Person,,,,,,,,,,,,\n");
        Assert.Equal((1, 0, 0), (again.Imported, again.RejectedCount, again.Numbered));
        Assert.Equal(last, await LastNoAsync());
        Assert.Equal("Fresh Person renamed", (await db.Contacts.AsNoTracking().SingleAsync(c => c.No == fresh)).Name);

        var next = $"CT{last + 1:D6}";
        var clash = await ImportAsync($"{Header}\n,Numbered first,Person,,,,,,,,,,,,\n{next},Explicit later,Person,,,,,,,,,,,,\n");
        Assert.Equal(1, clash.Imported);
        var rejected = Assert.Single(clash.Rejected);
        Assert.Equal((3, "No"), (rejected.Row, rejected.Field));
        Assert.Contains("earlier row without a No.", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal("Numbered first", (await db.Contacts.AsNoTracking().SingleAsync(c => c.No == next)).Name);
    }

    [Fact]
    public async Task A_blank_row_that_is_otherwise_bad_is_rejected_without_using_a_number()
    {
        var last = await LastNoAsync();
        var result = await ImportAsync(Header + "\n,Bad mail,Person,,,,,,,,,nope,,,\n,,Person,,,,,,,,,,,,\n");
        Assert.Equal(2, result.RejectedCount);
        Assert.Equal(["Email", "Name"], result.Rejected.Select(r => r.Field));
        Assert.Equal(last, await LastNoAsync());
    }
}
