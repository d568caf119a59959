using CampaignFlow.Domain;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Testing;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Storage.Tests;

public class RecordValidationTests
{
    [Fact]
    public async Task An_invalid_record_stops_the_whole_save_and_nothing_is_written()
    {
        using var store = await TempStore.CreateAsync();
        await using (var db = store.Open())
        {
            db.Contacts.Add(Contact.NewCompany("CT0001", "Good company"));
            db.Contacts.Add(new Contact { No = "CT0002", Name = "", Type = ContactType.Person });
            var error = await Assert.ThrowsAsync<DomainException>(() => db.SaveChangesAsync());
            Assert.Equal("Contact 'CT0002', field Name: must not be blank.", error.Message);
        }
        await using (var db = store.Open())
            Assert.Equal(0, await db.Contacts.CountAsync());
    }

    [Fact]
    public async Task A_duplicate_code_is_refused_naming_the_record()
    {
        using var store = await TempStore.CreateAsync();
        await using (var db = store.Open())
        {
            db.CampaignStatuses.Add(new CampaignStatus { Code = "PLANNED", Description = "Planned" });
            await db.SaveChangesAsync();
        }
        await using (var db = store.Open())
        {
            db.CampaignStatuses.Add(new CampaignStatus { Code = "PLANNED", Description = "Again" });
            var error = await Assert.ThrowsAsync<DomainException>(() => db.SaveChangesAsync());
            Assert.Equal("CampaignStatus 'PLANNED': a record with the same key already exists.", error.Message);
        }
        await using (var db = store.Open())
            Assert.Equal("Planned", (await db.CampaignStatuses.SingleAsync()).Description);
    }

    [Fact]
    public async Task A_reference_to_a_missing_record_is_refused()
    {
        using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var campaign = Campaign.Create("CP0001", "Salon FUTURUS", statusCode: "NO-SUCH-STATUS");
        db.Campaigns.Add(campaign);
        var error = await Assert.ThrowsAsync<DomainException>(() => db.SaveChangesAsync());
        Assert.Equal("Campaign", error.Record);
        Assert.Contains("refers to a record that does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ending_before_starting_date_never_reaches_the_store()
    {
        using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var campaign = Campaign.Create("CP0001", "Salon FUTURUS");
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        Assert.Throws<DomainException>(() => campaign.SetPeriod(new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1)));
        await using var reread = store.Open();
        Assert.Null((await reread.Campaigns.SingleAsync()).StartingDate);
    }

    [Fact]
    public async Task Number_series_hand_out_each_number_once()
    {
        using var store = await TempStore.CreateAsync();
        await using (var db = store.Open())
        {
            db.NumberSeries.Add(new NumberSeries { Code = NumberSeries.Campaigns, Prefix = "CP", Digits = 4 });
            await db.SaveChangesAsync();
        }
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            await using var db = store.Open();
            numbers.Add(await new NumberSeriesAllocator(db).NextAsync(NumberSeries.Campaigns));
        }
        Assert.Equal(["CP0001", "CP0002", "CP0003"], numbers);
        await using var check = store.Open();
        var error = await Assert.ThrowsAsync<DomainException>(() => new NumberSeriesAllocator(check).NextAsync("NOPE"));
        Assert.Contains("no such number series", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_edits_of_a_campaign_are_detected()
    {
        using var store = await TempStore.CreateAsync();
        await using (var db = store.Open())
        {
            db.Campaigns.Add(Campaign.Create("CP0001", "Salon FUTURUS"));
            await db.SaveChangesAsync();
        }
        await using var first = store.Open();
        await using var second = store.Open();
        var a = await first.Campaigns.SingleAsync();
        var b = await second.Campaigns.SingleAsync();
        a.Description = "First";
        await first.SaveChangesAsync();
        b.Description = "Second";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
