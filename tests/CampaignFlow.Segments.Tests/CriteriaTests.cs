using CampaignFlow.Domain;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Segments.Filters;

namespace CampaignFlow.Segments.Tests;

public sealed class CriteriaTests
{
    [Fact]
    public async Task Reuse_criteria_replays_every_action_and_keeps_refines_entire_companies_which_bc_drops()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var a = await f.Service.CreateAsync();
        var r = await f.Service.AddContactsAsync(a.No, a.Version, SegmentFixture.Purchase, new SegmentActionOptions { AllowRelatedCompanies = true });
        r = await f.Service.RefineContactsAsync(a.No, r.Version, SegmentFilter.Inline("contact.No == \"CT101\" || contact.No == \"CT201\""), entireCompanies: true);
        r = await f.Service.RemoveLineAsync(a.No, r.Version, (await f.Service.GetLinesAsync(a.No))[0].LineNo);
        var saved = await f.Service.SaveCriteriaAsync(a.No, "BUYERS", "Buyers of customers and prospects");
        Assert.Equal(3, saved.Actions.Count);
        Assert.True(saved.Actions[1].EntireCompanies);
        Assert.True((await f.Service.GetSavedCriteriaAsync("BUYERS")).Actions.Single(x => x.Kind == SegmentActionKind.Refine).EntireCompanies);

        var b = await f.Service.CreateAsync();
        var results = await f.Service.ReuseCriteriaAsync(b.No, b.Version, "BUYERS");
        Assert.Equal([SegmentActionKind.Add, SegmentActionKind.Refine, SegmentActionKind.RemoveContact], results.Select(x => x.Kind));
        Assert.Equal(await f.ContactsOfAsync(a.No), await f.ContactsOfAsync(b.No));
        // Without Entire Companies the refine would have kept CT101 and CT201 alone; with it, whole companies stay.
        Assert.Equal(["CT103", "CT101", "CT200", "CT201", "CT202"], await f.ContactsOfAsync(b.No));
        var replayed = await f.Service.GetCriteriaAsync(b.No);
        Assert.True(replayed[1].EntireCompanies);
        Assert.True(replayed[0].AllowRelatedCompanies);
        Assert.Equal(results[^1].Version, (await f.Service.GetAsync(b.No)).Version);

        // Each replayed action is undone on its own.
        await f.Service.UndoAsync(b.No, results[^1].Version);
        Assert.Equal(["CT100", "CT103", "CT101", "CT200", "CT201", "CT202"], await f.ContactsOfAsync(b.No));
    }

    [Fact]
    public async Task Reuse_segment_fills_a_segment_with_the_contacts_of_a_logged_segment()
    {
        await using var f = await SegmentFixture.CreateAsync();
        int entryNo;
        await using (var db = f.Store.Open())
        {
            var logged = new LoggedSegment { SegmentNo = "SM0099", Description = "Old mailing", CreationDate = new DateOnly(2026, 1, 10) };
            db.LoggedSegments.Add(logged);
            await db.SaveChangesAsync();
            entryNo = logged.EntryNo;
            foreach (var contact in new[] { "CT202", "CT101", "CT400" })
                db.InteractionLogEntries.Add(new InteractionLogEntry { ContactNo = contact, LoggedSegmentEntryNo = entryNo, Description = "Old mailing", Date = new DateOnly(2026, 1, 10) });
            await db.SaveChangesAsync();
        }
        var s = await f.Service.CreateAsync();
        var first = await f.Service.AddContactAsync(s.No, s.Version, "CT101");
        var reused = await f.Service.ReuseSegmentAsync(s.No, first.Version, entryNo);
        Assert.Equal(2, reused.LinesAffected); // CT101 is already there
        Assert.Equal(["CT101", "CT400", "CT202"], await f.ContactsOfAsync(s.No));
        Assert.Equal(entryNo.ToString(System.Globalization.CultureInfo.InvariantCulture), (await f.Service.GetCriteriaAsync(s.No))[1].Reference);

        var before = await f.SnapshotAsync(s.No);
        var error = await Assert.ThrowsAsync<DomainException>(() => f.Service.ReuseSegmentAsync(s.No, reused.Version, 999));
        Assert.Equal("LoggedSegment '999': there is no such logged segment.", error.Message);
        Assert.Equal(before, await f.SnapshotAsync(s.No));
    }

    [Fact]
    public async Task Save_criteria_refuses_an_empty_segment_a_taken_code_and_unknown_codes_on_reuse()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync();
        var empty = await Assert.ThrowsAsync<DomainException>(() => f.Service.SaveCriteriaAsync(s.No, "X"));
        Assert.Contains("has no criteria to save", empty.Message, StringComparison.Ordinal);

        var r = await f.Service.AddContactsAsync(s.No, s.Version, SegmentFixture.Purchase);
        await f.Service.SaveCriteriaAsync(s.No, "X");
        var taken = await Assert.ThrowsAsync<DomainException>(() => f.Service.SaveCriteriaAsync(s.No, "X"));
        Assert.Equal("SavedSegmentCriteria 'X', field Code: criteria are already saved under this code; pass replaceExisting to overwrite them.", taken.Message);
        await f.Service.ReduceContactsAsync(s.No, r.Version, SegmentFixture.Prospects);
        Assert.Equal(2, (await f.Service.SaveCriteriaAsync(s.No, "X", replaceExisting: true)).Actions.Count);

        var before = await f.SnapshotAsync(s.No);
        var unknown = await Assert.ThrowsAsync<DomainException>(() => f.Service.ReuseCriteriaAsync(s.No, r.Version + 1, "NOPE"));
        Assert.Equal("SavedSegmentCriteria 'NOPE': there are no saved criteria with this code.", unknown.Message);
        Assert.Equal(before, await f.SnapshotAsync(s.No));
    }
}
