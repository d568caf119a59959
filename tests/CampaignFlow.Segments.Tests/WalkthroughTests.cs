using CampaignFlow.Domain.Segments;

namespace CampaignFlow.Segments.Tests;

/// <summary>Seed 001 (French walkthrough), the segment part, end to end on a real SQLite file.</summary>
public sealed class WalkthroughTests
{
    [Fact]
    public async Task Seed001_add_purchase_reduce_pros_undo_save_criteria_link_to_cp0001_as_target()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var segments = f.Service;

        // "Nouveau" segment, numbered from the series, with its description.
        var segment = await segments.CreateAsync(new SegmentHeaderUpdate { Description = "Visiteurs du salon commercial FUTURUS" });
        Assert.Equal("SM0001", segment.No);
        Assert.Equal(new DateOnly(2026, 3, 2), segment.Date);

        // "Ajouter contacts", Responsabilité = Achat (PURCHASE); Nbre de lignes shows the count.
        var added = await segments.AddContactsAsync(segment.No, segment.Version, SegmentFixture.Purchase);
        Assert.Equal(6, added.LinesAffected); // 7 purchasers, Eve is flagged Exclude from Segment
        Assert.Equal(6, await segments.CountLinesAsync(segment.No));
        Assert.Equal(["CT400", "CT051", "CT103", "CT101", "CT201", "CT202"], await f.ContactsOfAsync(segment.No));
        var lines = await segments.GetLinesAsync(segment.No);
        Assert.Equal([10000, 20000, 30000, 40000, 50000, 60000], lines.Select(l => l.LineNo));

        // "Réduire les contacts", Relation d'affaires = PROS: Alpha Corp's purchasers go.
        var reduced = await segments.ReduceContactsAsync(segment.No, added.Version, SegmentFixture.Prospects);
        Assert.Equal(2, reduced.LinesAffected);
        Assert.Equal(["CT400", "CT051", "CT201", "CT202"], await f.ContactsOfAsync(segment.No));
        Assert.Equal(2, await segments.CountCriteriaActionsAsync(segment.No));

        // "Annuler dernière action": the removed contacts come back, with their line numbers.
        var undone = await segments.UndoAsync(segment.No, reduced.Version);
        Assert.Equal(SegmentActionKind.Reduce, undone.Kind);
        Assert.Equal(["CT400", "CT051", "CT103", "CT101", "CT201", "CT202"], await f.ContactsOfAsync(segment.No));
        Assert.Equal(lines, await segments.GetLinesAsync(segment.No), new LineComparer());
        Assert.Equal(1, await segments.CountCriteriaActionsAsync(segment.No));

        // "Enregistrer critères".
        var saved = await segments.SaveCriteriaAsync(segment.No, "FUTURUS", "Acheteurs du salon");
        var action = Assert.Single(saved.Actions);
        Assert.Equal(SegmentActionKind.Add, action.Kind);
        Assert.Equal(("Segments.Walkthrough", "Purchase"), (action.RuleWorkflow, action.RuleName));

        // "N° campagne" = CP0001, "Cible campagne" checked: header and every line.
        var linked = await segments.LinkToCampaignAsync(segment.No, undone.Version, "CP0001", campaignTarget: true, campaignResponse: false);
        Assert.Equal("CP0001", linked.CampaignNo);
        Assert.True(linked.CampaignTarget);
        Assert.All(await segments.GetLinesAsync(segment.No), l =>
        {
            Assert.Equal("CP0001", l.CampaignNo);
            Assert.True(l.CampaignTarget);
            Assert.False(l.CampaignResponse);
        });
        Assert.Equal(linked.Version, (await segments.GetAsync(segment.No)).Version);
    }

    private sealed class LineComparer : IEqualityComparer<SegmentLine>
    {
        public bool Equals(SegmentLine? x, SegmentLine? y) =>
            System.Text.Json.JsonSerializer.Serialize(x) == System.Text.Json.JsonSerializer.Serialize(y);

        public int GetHashCode(SegmentLine obj) => obj.LineNo;
    }
}
