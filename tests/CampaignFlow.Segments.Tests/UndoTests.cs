using CampaignFlow.Domain;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Segments.Filters;

namespace CampaignFlow.Segments.Tests;

public sealed class UndoTests
{
    [Fact]
    public async Task Undo_is_multi_level_down_to_an_empty_segment_then_refuses_clearly()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync();
        var states = new List<string> { await f.SnapshotLinesAsync(s.No) };
        var r = await f.Service.AddContactsAsync(s.No, s.Version, SegmentFixture.Purchase);
        states.Add(await f.SnapshotLinesAsync(s.No));
        r = await f.Service.AddContactsAsync(s.No, r.Version, SegmentFixture.Customers, new SegmentActionOptions { ExpandCompanies = true });
        states.Add(await f.SnapshotLinesAsync(s.No));
        r = await f.Service.ReduceContactsAsync(s.No, r.Version, SegmentFixture.Prospects, entireCompanies: true);
        states.Add(await f.SnapshotLinesAsync(s.No));
        r = await f.Service.RemoveLineAsync(s.No, r.Version, (await f.Service.GetLinesAsync(s.No))[0].LineNo);
        states.Add(await f.SnapshotLinesAsync(s.No));
        r = await f.Service.RefineContactsAsync(s.No, r.Version, SegmentFilter.Inline("contact.Type == \"Person\""));
        Assert.Equal(5, await f.Service.CountCriteriaActionsAsync(s.No));

        for (var i = states.Count - 1; i >= 0; i--)
        {
            r = await f.Service.UndoAsync(s.No, r.Version);
            Assert.Equal(states[i], await f.SnapshotLinesAsync(s.No));
            Assert.Equal(i, await f.Service.CountCriteriaActionsAsync(s.No));
        }
        Assert.Equal(0, await f.Service.CountLinesAsync(s.No));

        var before = await f.SnapshotAsync(s.No);
        var error = await Assert.ThrowsAsync<DomainException>(() => f.Service.UndoAsync(s.No, r.Version));
        Assert.Equal($"Segment '{s.No}': there is nothing to undo: the segment has no actions left.", error.Message);
        Assert.Equal(before, await f.SnapshotAsync(s.No));
    }

    [Fact]
    public async Task Undo_puts_deleted_lines_back_exactly_as_they_were_not_refilled_from_the_header()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync(new SegmentHeaderUpdate { Description = "Before", SubjectDefault = "Old subject" });
        var r = await f.Service.AddContactsAsync(s.No, s.Version, SegmentFixture.Purchase);
        var header = await f.Service.UpdateHeaderAsync(s.No, r.Version, SegmentHeaderUpdate.From(await f.Service.GetAsync(s.No)) with { SubjectDefault = "New subject" }, updateLines: false);
        var version = await f.Service.SetLineCampaignFlagsAsync(s.No, header.Version, 10000, false, false);
        var linesBefore = await f.SnapshotLinesAsync(s.No);
        var reduced = await f.Service.ReduceContactsAsync(s.No, version, SegmentFilter.Inline("true"));
        Assert.Equal(0, reduced.NoOfLines);
        await f.Service.UndoAsync(s.No, reduced.Version);
        Assert.Equal(linesBefore, await f.SnapshotLinesAsync(s.No));
        Assert.All(await f.Service.GetLinesAsync(s.No), l => Assert.Equal("Old subject", l.Subject));
    }

    [Fact]
    public async Task Adding_and_removing_by_hand_are_actions_that_undo_reverts()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync();
        var add = await f.Service.AddContactAsync(s.No, s.Version, "CT102");
        Assert.Equal(SegmentActionKind.AddContact, add.Kind);
        var add2 = await f.Service.AddContactAsync(s.No, add.Version, "CT201");
        var remove = await f.Service.RemoveLineAsync(s.No, add2.Version, 10000);
        Assert.Equal(["CT201"], await f.ContactsOfAsync(s.No));
        var criteria = await f.Service.GetCriteriaAsync(s.No);
        Assert.Equal([SegmentActionKind.AddContact, SegmentActionKind.AddContact, SegmentActionKind.RemoveContact], criteria.Select(a => a.Kind));
        Assert.Equal("CT102", criteria[2].Reference);

        var undo = await f.Service.UndoAsync(s.No, remove.Version);
        Assert.Equal(["CT102", "CT201"], await f.ContactsOfAsync(s.No));
        await f.Service.UndoAsync(s.No, undo.Version);
        Assert.Equal(["CT102"], await f.ContactsOfAsync(s.No));
    }
}
