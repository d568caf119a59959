using CampaignFlow.Domain;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Tests.Support;

namespace CampaignFlow.Interactions.Tests;

/// <summary>Every check of DOMAIN.md refuses before anything is written (table counts compared), naming the segment or line.</summary>
public sealed class LogSegmentRefusalTests
{
    private static readonly LogSegmentOptions Send = new() { SendAttachments = true, CreateFollowUpSegment = true };

    public static TheoryData<string> Cases() => new()
    {
        "no description", "no lines", "line without date", "salesperson missing", "template not set", "template missing",
        "campaign missing", "email without address", "response without campaign", "unknown segment",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Log_segment_refuses_and_writes_nothing(string problem)
    {
        await using var scenario = await Scenario.CreateAsync([]);
        var persons = new[] { "CT101", "CT102", "CT103" };
        Action<Domain.Segments.Segment>? header = null;
        Action<Domain.Segments.SegmentLine>? line = null;
        var contacts = persons;
        string expected;
        switch (problem)
        {
            case "no description": header = s => s.Description = ""; expected = "must have a description"; break;
            case "no lines": contacts = []; expected = "has no lines"; break;
            case "line without date": line = l => l.Date = l.LineNo == 20000 ? null : l.Date; expected = "line 20000', field Date"; break;
            case "salesperson missing": line = l => l.SalespersonCode = l.LineNo == 30000 ? "XX" : l.SalespersonCode; expected = "line 30000', field SalespersonCode: salesperson 'XX' does not exist"; break;
            case "template not set": line = l => l.InteractionTemplateCode = l.LineNo == 10000 ? null : l.InteractionTemplateCode; expected = "line 10000', field InteractionTemplateCode: a line needs an interaction template"; break;
            case "template missing": line = l => l.InteractionTemplateCode = l.LineNo == 20000 ? "NOPE" : l.InteractionTemplateCode; expected = "interaction template 'NOPE' does not exist"; break;
            case "campaign missing": line = l => l.CampaignNo = l.LineNo == 30000 ? "CP9999" : l.CampaignNo; expected = "line 30000', field CampaignNo: campaign 'CP9999' does not exist"; break;
            case "email without address": contacts = ["CT101", "CT109"]; line = l => l.CorrespondenceType = CorrespondenceType.Email; expected = "line 20000', field CorrespondenceType: the line is to be sent by e-mail but contact 'CT109' has no e-mail address"; break;
            case "response without campaign": line = l => { if (l.LineNo == 20000) { l.CampaignNo = null; l.CampaignTarget = true; } }; expected = "line 20000', field CampaignNo"; break;
            default: expected = "no such segment"; break;
        }

        if (problem != "unknown segment") await scenario.CreateSegmentAsync("SM0001", "Visitors", "BUS", contacts, header, line);
        var before = await scenario.CountsAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Logger.LogAsync("SM0001", Send, "MARKETING"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await scenario.CountsAsync());
    }

    [Fact]
    public async Task Logging_a_segment_twice_is_refused_the_second_time()
    {
        await using var scenario = await Scenario.CreateAsync([]);
        await scenario.CreateSegmentAsync("SM0001", "Visitors", "RESP", ["CT101"]);
        var first = await scenario.Logger.LogAsync("SM0001", new LogSegmentOptions(), "MARKETING");
        var before = await scenario.CountsAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => scenario.Logger.LogAsync("SM0001", new LogSegmentOptions(), "MARKETING"));

        Assert.Contains($"already logged (logged segment {first.LoggedSegmentEntryNo})", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await scenario.CountsAsync());
    }

    [Fact]
    public async Task Logging_streams_batches_and_reports_progress()
    {
        await using var scenario = await Scenario.CreateAsync([], new() { ["Interactions:LogBatchSize"] = "100" });
        var contacts = Enumerable.Repeat(Scenario.Persons.Select(p => p.No), 70).SelectMany(x => x).ToArray(); // 350 lines
        await scenario.CreateSegmentAsync("SM0001", "Visitors", "BUS", contacts);
        var reports = new List<LogSegmentProgress>();

        var result = await scenario.Logger.LogAsync("SM0001", new LogSegmentOptions { SendAttachments = true }, "MARKETING", new SynchronousProgress(reports.Add));

        Assert.Equal((350, 350), (result.InteractionCount, result.DeliveryCount));
        Assert.Equal([100, 200, 300, 350], reports.Select(r => r.LinesWritten));
        Assert.All(reports, r => Assert.Equal(350, r.TotalLines));
    }

    private sealed class SynchronousProgress(Action<LogSegmentProgress> report) : IProgress<LogSegmentProgress>
    {
        public void Report(LogSegmentProgress value) => report(value);
    }
}
