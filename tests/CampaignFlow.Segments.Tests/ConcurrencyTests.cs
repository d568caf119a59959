using CampaignFlow.Segments.Filters;

namespace CampaignFlow.Segments.Tests;

/// <summary>Two users change one segment at once: the second, holding a stale version, gets a clear error and changes nothing.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task The_second_writer_with_the_same_version_is_refused_and_the_first_ones_result_stands()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync();
        var loaded = await f.Service.AddContactsAsync(s.No, s.Version, SegmentFixture.Purchase);

        var alice = f.Service;
        var bob = f.NewService();
        var read = (await bob.GetAsync(s.No)).Version;
        Assert.Equal(loaded.Version, read);

        var first = await alice.ReduceContactsAsync(s.No, read, SegmentFixture.Prospects);
        var afterAlice = await f.SnapshotAsync(s.No);

        var error = await Assert.ThrowsAsync<SegmentConcurrencyException>(() => bob.AddContactsAsync(s.No, read, SegmentFilter.Inline("true")));
        Assert.Equal($"Segment '{s.No}' was changed by someone else (you read version {read}, it is now at version {first.Version}); nothing was changed, reload the segment and try again.", error.Message);
        await Assert.ThrowsAsync<SegmentConcurrencyException>(() => bob.UndoAsync(s.No, read));
        await Assert.ThrowsAsync<SegmentConcurrencyException>(() => bob.UpdateHeaderAsync(s.No, read, new SegmentHeaderUpdate { Description = "Bob" }, updateLines: true));
        await Assert.ThrowsAsync<SegmentConcurrencyException>(() => bob.SetTemplateAsync(s.No, read, "BUS"));
        await Assert.ThrowsAsync<SegmentConcurrencyException>(() => bob.DeleteAsync(s.No, read));
        Assert.Equal(afterAlice, await f.SnapshotAsync(s.No));

        // Bob reloads and retries: now it works.
        var retried = await bob.UndoAsync(s.No, (await bob.GetAsync(s.No)).Version);
        Assert.Equal(6, retried.NoOfLines);
    }

    [Fact]
    public async Task Racing_writers_on_one_version_exactly_one_wins()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync();
        var services = Enumerable.Range(0, 4).Select(_ => f.NewService()).ToList();
        var outcomes = await Task.WhenAll(services.Select(async (service, i) =>
        {
            try
            {
                await service.AddContactAsync(s.No, s.Version, $"CT{new[] { "101", "102", "201", "202" }[i]}");
                return true;
            }
            catch (SegmentConcurrencyException)
            {
                return false;
            }
        }));
        Assert.Equal(1, outcomes.Count(o => o));
        Assert.Equal(1, await f.Service.CountLinesAsync(s.No));
        Assert.Equal(1, await f.Service.CountCriteriaActionsAsync(s.No));
        Assert.Equal(s.Version + 1, (await f.Service.GetAsync(s.No)).Version);
    }
}
