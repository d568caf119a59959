using System.Text;
using CampaignFlow.Host.Cli;
using CampaignFlow.Host.ContactsCsv;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Host.Tests;

/// <summary>`campaignflow import/export contacts`: bad rows reported by row number, good rows imported, re-import idempotent, exit codes.</summary>
public sealed class ContactCsvTests(RunningHost host) : IClassFixture<RunningHost>
{
    private const string Header = "No,Name,Type,CompanyNo,SalespersonCode,TerritoryCode,CountryRegionCode,PostCode,City,Address,LanguageCode,Email,PhoneNo,CorrespondenceType,ExcludeFromSegment";

    private static readonly string Mixed = string.Join('\n',
        Header,
        "IX1,Good Co,Company,,JO,,FR,75001,Paris,,FR,info@good.example,,HardCopy,false",
        "IX2,\"Doe, Jane\",Person,IX1,,,,,,,,jane@good.example,,Email,no",
        "IX3,No Type,Robot,,,,,,,,,,,,",
        "IX4,Bad Mail,Person,IX1,,,,,,,,bad,,,",
        "IX5,Orphan,Person,NOPE,,,,,,,,,,,",
        "IX6,Bad SP,Person,,ZZ,,,,,,,,,,",
        ",No Number,Person,,,,,,,,,,,,",
        "CT000001,Type change,Person,,,,,,,,,,,,",
        "IX7,Bad bool,Person,,,,,,,,,,,,maybe",
        "IX8,Late person,Person,IX9,,,,,,,,,,,",
        "IX9,Late Co,Company,,,,,,,,,,,,") + "\n";

    private async Task<ContactImportResult> ImportAsync(string csv)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var importer = new ContactCsvImporter(scope.ServiceProvider.GetRequiredService<CampaignFlowDbContext>());
        return await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
    }

    [Fact]
    public async Task Bad_rows_are_reported_with_row_number_field_and_reason_and_good_rows_are_imported()
    {
        var result = await ImportAsync(Mixed);
        Assert.Equal(11, result.Rows);
        Assert.Equal(4, result.Imported); // IX1, IX2, IX9 and the row without a No. (numbered from the CONTACT series)
        var byRow = result.Rejected.ToDictionary(r => r.Row);
        Assert.Equal("Type", byRow[4].Field);
        Assert.Equal("Email", byRow[5].Field);
        Assert.Equal("CompanyNo", byRow[6].Field);
        Assert.Equal("SalespersonCode", byRow[7].Field);
        Assert.False(byRow.ContainsKey(8));
        Assert.Equal(1, result.Numbered);
        Assert.Contains("cannot change", byRow[9].Reason, StringComparison.Ordinal);
        Assert.Equal("ExcludeFromSegment", byRow[10].Field);
        Assert.Contains("earlier in the file", byRow[11].Reason, StringComparison.Ordinal);
        Assert.Equal(7, result.RejectedCount);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignFlowDbContext>();
        var jane = await db.Contacts.AsNoTracking().SingleAsync(c => c.No == "IX2");
        Assert.Equal("Doe, Jane", jane.Name);
        Assert.Equal("Good Co", jane.CompanyName);
        Assert.Equal("Company", (await db.Contacts.AsNoTracking().SingleAsync(c => c.No == "CT000001")).Type.ToString());
        Assert.False(await db.Contacts.AnyAsync(c => c.No == "IX4" || c.No == "IX8"));
    }

    [Fact]
    public async Task Reimporting_updates_the_same_contacts_instead_of_duplicating_them()
    {
        var csv = Header + "\nRX1,Re Co,Company,,,,,,Oslo,,,,,,\nRX2,Re Person,Person,RX1,,,,,Oslo,,,,,,\n";
        await ImportAsync(csv);
        var again = await ImportAsync(csv.Replace("Oslo", "Bergen", StringComparison.Ordinal));
        Assert.Equal(2, again.Imported);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignFlowDbContext>();
        var rows = await db.Contacts.AsNoTracking().Where(c => c.No.StartsWith("RX")).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("Bergen", r.City));
    }

    [Fact]
    public async Task The_cli_exits_0_5_2_and_1_and_an_export_imports_back_unchanged()
    {
        var folder = Path.Combine(host.Folder, "cli");
        Directory.CreateDirectory(folder);
        var good = Path.Combine(folder, "good.csv");
        await File.WriteAllTextAsync(good, Header + "\nCX1,Cli Co,Company,,OF,,SE,11122,Stockholm,,SV,,,,\n");
        var mixed = Path.Combine(folder, "mixed.csv");
        await File.WriteAllTextAsync(mixed, Mixed.Replace("IX", "MX", StringComparison.Ordinal));
        var headerOnly = Path.Combine(folder, "bad-header.csv");
        await File.WriteAllTextAsync(headerOnly, "No,Name,Colour\n");
        var export = Path.Combine(folder, "export.csv");

        Assert.Equal(ExitCodes.Ok, await RunAsync("import", "contacts", good, "--json", "--database", host.DatabasePath));
        Assert.Equal(ExitCodes.RowsRejected, await RunAsync("import", "contacts", mixed, "--json", "--database", host.DatabasePath));
        Assert.Equal(ExitCodes.BadInput, await RunAsync("import", "contacts", headerOnly, "--json", "--database", host.DatabasePath));
        Assert.Equal(ExitCodes.BadInput, await RunAsync("import", "contacts", Path.Combine(folder, "missing.csv"), "--database", host.DatabasePath));
        Assert.Equal(ExitCodes.Usage, await RunAsync("import", "contacts"));
        Assert.Equal(ExitCodes.Ok, await RunAsync("export", "contacts", export, "--json", "--database", host.DatabasePath));

        var lines = await File.ReadAllLinesAsync(export);
        Assert.Equal(Header, lines[0]);
        Assert.Contains(lines, l => l.StartsWith("CX1,Cli Co,Company,,OF,", StringComparison.Ordinal));
        var before = await CountAsync();
        var reimport = await ImportAsync(await File.ReadAllTextAsync(export));
        Assert.Equal(0, reimport.RejectedCount);
        Assert.Equal(lines.Length - 1, reimport.Imported);
        Assert.Equal(before, await CountAsync());
    }

    private async Task<int> CountAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CampaignFlowDbContext>().Contacts.CountAsync();
    }

    private static Task<int> RunAsync(params string[] args) => CampaignFlowCommandLine.Build().Parse(args).InvokeAsync();
}
