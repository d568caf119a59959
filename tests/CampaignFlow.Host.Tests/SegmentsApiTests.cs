using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampaignFlow.Domain.Security;

namespace CampaignFlow.Host.Tests;

/// <summary>/api/segments over the real server and the demo store: the seed 001 segment part, and every bad input refused with the segment unchanged.</summary>
public sealed class SegmentsApiTests(RunningHost host) : IClassFixture<RunningHost>
{
    private static readonly object Purchase = new { workflow = "Segments.Walkthrough", rule = "Purchase" };
    private static readonly object Prospects = new { workflow = "Segments.Walkthrough", rule = "Prospects" };

    private static async Task<JsonElement> CreateAsync(HttpClient client, string description)
    {
        using var created = await client.PostAsJsonAsync("api/segments", new { description });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await created.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> HeaderAsync(HttpClient client, string no) => await client.GetFromJsonAsync<JsonElement>($"api/segments/{no}");

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task The_seed_001_segment_part_runs_through_the_api()
    {
        using var client = host.Client(Roles.Marketing);
        var segment = await CreateAsync(client, "Visiteurs du salon FUTURUS");
        var no = segment.GetProperty("no").GetString()!;
        Assert.StartsWith("SM", no, StringComparison.Ordinal);
        Assert.Equal(0, segment.GetProperty("noOfLines").GetInt32());
        var version = segment.GetProperty("version").GetInt32();

        var rules = await client.GetFromJsonAsync<JsonElement>("api/segment-rules");
        var walkthrough = rules.EnumerateArray().Single(r => r.GetProperty("workflow").GetString() == "Segments.Walkthrough");
        Assert.Contains(walkthrough.GetProperty("rules").EnumerateArray(), r => r.GetProperty("name").GetString() == "Purchase"
            && r.GetProperty("expression").GetString()!.Contains("PURCHASE", StringComparison.Ordinal));

        var preview = await OkAsync(await client.PostAsJsonAsync($"api/segments/{no}/preview", new { kind = "Add", filter = Purchase }));
        var expected = preview.GetProperty("count").GetInt32();
        Assert.True(expected > 0);

        var added = await OkAsync(await client.PostAsJsonAsync($"api/segments/{no}/add", new { version, filter = Purchase }));
        Assert.Equal(expected, added.GetProperty("linesAffected").GetInt32());
        Assert.Equal(expected, added.GetProperty("noOfLines").GetInt32());
        version = added.GetProperty("version").GetInt32();

        var reduced = await OkAsync(await client.PostAsJsonAsync($"api/segments/{no}/reduce", new { version, filter = Prospects, options = new { entireCompanies = false } }));
        var afterReduce = reduced.GetProperty("noOfLines").GetInt32();
        Assert.True(afterReduce < expected, $"reduce by PROS should remove lines ({afterReduce} of {expected})");
        version = reduced.GetProperty("version").GetInt32();

        var undone = await OkAsync(await client.PostAsJsonAsync($"api/segments/{no}/undo", new { version }));
        Assert.Equal(expected, undone.GetProperty("noOfLines").GetInt32());
        Assert.Equal("Reduce", undone.GetProperty("kind").GetString());
        version = undone.GetProperty("version").GetInt32();

        var criteria = await client.GetFromJsonAsync<JsonElement>($"api/segments/{no}/criteria");
        Assert.Equal("Add", Assert.Single(criteria.EnumerateArray()).GetProperty("kind").GetString());
        var saved = await OkAsync(await client.PostAsJsonAsync($"api/segments/{no}/criteria/save", new { code = "FUTURUS-API", description = "Acheteurs" }));
        Assert.Equal(1, saved.GetProperty("actions").GetInt32());

        var linked = await OkAsync(await client.PostAsJsonAsync($"api/segments/{no}/link", new { version, campaignNo = "CP0001", campaignTarget = true }));
        Assert.Equal("CP0001", linked.GetProperty("campaignNo").GetString());
        Assert.True(linked.GetProperty("campaignTarget").GetBoolean());
        Assert.Equal(expected, linked.GetProperty("noOfLines").GetInt32());
        Assert.Equal(1, linked.GetProperty("noOfCriteriaActions").GetInt32());

        var lines = await client.GetFromJsonAsync<JsonElement>($"api/segments/{no}/lines?page=1&pageSize=5");
        Assert.Equal(expected, lines.GetProperty("total").GetInt32());
        Assert.Equal(Math.Min(5, expected), lines.GetProperty("items").GetArrayLength());
        Assert.All(lines.GetProperty("items").EnumerateArray(), l =>
        {
            Assert.Equal("CP0001", l.GetProperty("campaignNo").GetString());
            Assert.True(l.GetProperty("campaignTarget").GetBoolean());
        });

        var listed = await client.GetFromJsonAsync<JsonElement>("api/segments?campaignNo=CP0001");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), s => s.GetProperty("no").GetString() == no);

        // Reuse criteria on a fresh segment replays the saved Add.
        var other = await CreateAsync(client, "Reuse");
        var otherNo = other.GetProperty("no").GetString()!;
        var reused = await OkAsync(await client.PostAsJsonAsync($"api/segments/{otherNo}/criteria/reuse", new { version = other.GetProperty("version").GetInt32(), code = "FUTURUS-API" }));
        Assert.Equal(expected, Assert.Single(reused.EnumerateArray()).GetProperty("noOfLines").GetInt32());
    }

    [Fact]
    public async Task Header_update_hand_contacts_line_removal_template_and_delete()
    {
        using var client = host.Client(Roles.Marketing);
        var segment = await CreateAsync(client, "Hand made");
        var no = segment.GetProperty("no").GetString()!;
        var version = segment.GetProperty("version").GetInt32();

        var one = await OkAsync(await client.PostAsJsonAsync($"api/segments/{no}/contacts", new { version, contactNo = "CT000002" }));
        Assert.Equal(1, one.GetProperty("noOfLines").GetInt32());
        version = one.GetProperty("version").GetInt32();

        var updated = await OkAsync(await client.PutAsJsonAsync($"api/segments/{no}", new { description = "Hand made <b>v2</b>", subjectDefault = "Hello", updateLines = true, version }));
        Assert.Equal("Hand made <b>v2</b>", updated.GetProperty("description").GetString());
        version = updated.GetProperty("version").GetInt32();
        var line = (await client.GetFromJsonAsync<JsonElement>($"api/segments/{no}/lines")).GetProperty("items")[0];
        Assert.Equal("Hello", line.GetProperty("subject").GetString());

        using var unknownTemplate = await client.PostAsJsonAsync($"api/segments/{no}/template", new { version, templateCode = "NO-SUCH" });
        await ProblemAssert.HasFieldErrorAsync(unknownTemplate, "InteractionTemplate", "no such interaction template");

        var removed = await OkAsync(await client.DeleteAsync($"api/segments/{no}/lines/{line.GetProperty("lineNo").GetInt32()}?version={version}"));
        Assert.Equal(0, removed.GetProperty("noOfLines").GetInt32());
        version = removed.GetProperty("version").GetInt32();

        using var deleted = await client.DeleteAsync($"api/segments/{no}?version={version}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync($"api/segments/{no}");
        await ProblemAssert.IsProblemAsync(gone, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_segment_is_404_everywhere()
    {
        using var client = host.Client(Roles.Marketing);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("api/segments/SM9999"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("api/segments/SM9999/lines"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("api/segments/SM9999/criteria"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("api/segments/SM9999/add", new { version = 0, filter = Purchase }), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("api/segments/SM9999/undo", new { version = 0 }), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("api/segments/SM9999/preview", new { kind = "Add", filter = Purchase }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_filters_are_400_naming_the_field_and_the_column_and_change_nothing()
    {
        using var client = host.Client(Roles.Marketing);
        var segment = await CreateAsync(client, "Bad filters");
        var no = segment.GetProperty("no").GetString()!;
        var version = segment.GetProperty("version").GetInt32();

        using var badExpression = await client.PostAsJsonAsync($"api/segments/{no}/add", new { version, filter = new { expression = "contact.Nmae == \"x\"" } });
        await ProblemAssert.HasFieldErrorAsync(badExpression, "Filter.Expression", "column");
        using var unknownRule = await client.PostAsJsonAsync($"api/segments/{no}/add", new { version, filter = new { workflow = "Segments.Walkthrough", rule = "Nope" } });
        await ProblemAssert.HasFieldErrorAsync(unknownRule, "Filter.Rule", "no rule 'Nope'");
        using var unknownWorkflow = await client.PostAsJsonAsync($"api/segments/{no}/reduce", new { version, filter = new { workflow = "Nope", rule = "Purchase" } });
        await ProblemAssert.HasFieldErrorAsync(unknownWorkflow, "Filter.Rule", "no segment rule set 'Nope'");
        using var noFilter = await client.PostAsJsonAsync($"api/segments/{no}/add", new { version });
        await ProblemAssert.HasFieldErrorAsync(noFilter, "Filter", "is required");
        using var both = await client.PostAsJsonAsync($"api/segments/{no}/refine", new { version, filter = new { workflow = "Segments.Walkthrough", rule = "Purchase", expression = "true" } });
        await ProblemAssert.HasFieldErrorAsync(both, "Filter", "not both");
        using var noVersion = await client.PostAsJsonAsync($"api/segments/{no}/add", new { filter = Purchase });
        await ProblemAssert.HasFieldErrorAsync(noVersion, "Version", "is required");
        using var badPreview = await client.PostAsJsonAsync($"api/segments/{no}/preview", new { kind = "AddContact", filter = Purchase });
        await ProblemAssert.HasFieldErrorAsync(badPreview, "Kind", "Add, Reduce or Refine");
        using var unknownOption = await client.PostAsJsonAsync($"api/segments/{no}/add", new { version, filter = Purchase, options = new { expandEverything = true } });
        await ProblemAssert.IsProblemAsync(unknownOption, HttpStatusCode.BadRequest);

        var header = await HeaderAsync(client, no);
        Assert.Equal(0, header.GetProperty("noOfLines").GetInt32());
        Assert.Equal(0, header.GetProperty("noOfCriteriaActions").GetInt32());
        Assert.Equal(version, header.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_stale_version_is_409_and_undo_with_nothing_to_undo_is_400()
    {
        using var client = host.Client(Roles.Marketing);
        var segment = await CreateAsync(client, "Concurrency");
        var no = segment.GetProperty("no").GetString()!;
        var read = segment.GetProperty("version").GetInt32();

        using var nothing = await client.PostAsJsonAsync($"api/segments/{no}/undo", new { version = read });
        var undoProblem = await ProblemAssert.IsProblemAsync(nothing, HttpStatusCode.BadRequest);
        Assert.Contains("nothing to undo", undoProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var first = await OkAsync(await client.PostAsJsonAsync($"api/segments/{no}/add", new { version = read, filter = Purchase }));
        var lines = first.GetProperty("noOfLines").GetInt32();
        using var second = await client.PostAsJsonAsync($"api/segments/{no}/reduce", new { version = read, filter = Prospects });
        await ProblemAssert.HasFieldErrorAsync(second, "Version", "stale", HttpStatusCode.Conflict);
        using var staleHeader = await client.PutAsJsonAsync($"api/segments/{no}", new { description = "x", version = read });
        await ProblemAssert.IsProblemAsync(staleHeader, HttpStatusCode.Conflict);
        using var staleDelete = await client.DeleteAsync($"api/segments/{no}?version={read}");
        await ProblemAssert.IsProblemAsync(staleDelete, HttpStatusCode.Conflict);

        var header = await HeaderAsync(client, no);
        Assert.Equal(lines, header.GetProperty("noOfLines").GetInt32());
        Assert.Equal("Concurrency", header.GetProperty("description").GetString());
        Assert.Equal(first.GetProperty("version").GetInt32(), header.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_viewer_reads_segments_but_cannot_change_them()
    {
        using var marketing = host.Client(Roles.Marketing);
        var segment = await CreateAsync(marketing, "Read only");
        var no = segment.GetProperty("no").GetString()!;
        using var viewer = host.Client(Roles.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"api/segments/{no}")).StatusCode);
        using var add = await viewer.PostAsJsonAsync($"api/segments/{no}/add", new { version = segment.GetProperty("version").GetInt32(), filter = Purchase });
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
    }
}
