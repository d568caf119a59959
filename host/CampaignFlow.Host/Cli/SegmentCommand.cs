using System.CommandLine;
using System.Globalization;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Host.Api.Segments;
using CampaignFlow.Segments;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Cli;

/// <summary>
/// `campaignflow segment list|show|create|add|reduce|refine|undo|preview|save-criteria|reuse-criteria|link`: the
/// segment builder for scripts, over <see cref="SegmentService"/> (each change reads the segment's version first).
/// Exit 0 ok, 1 usage, 2 bad input (a filter that does not compile names its position), 7 not found, 8 conflict.
/// </summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var segment = new Command("segment", "Build segments: create, add/reduce/refine by rule or expression, undo, preview, criteria, campaign link.");
        segment.Subcommands.Add(List());
        segment.Subcommands.Add(Show());
        segment.Subcommands.Add(CreateVerb());
        segment.Subcommands.Add(SegmentActionVerbs.Action("add", SegmentActionKind.Add, "Add the contacts that match (sorted as BC sorts them)."));
        segment.Subcommands.Add(SegmentActionVerbs.Action("reduce", SegmentActionKind.Reduce, "Remove the lines whose contact matches."));
        segment.Subcommands.Add(SegmentActionVerbs.Action("refine", SegmentActionKind.Refine, "Keep only the lines whose contact matches."));
        segment.Subcommands.Add(SegmentActionVerbs.Undo());
        segment.Subcommands.Add(SegmentActionVerbs.Preview());
        segment.Subcommands.Add(SegmentActionVerbs.SaveCriteria());
        segment.Subcommands.Add(SegmentActionVerbs.ReuseCriteria());
        segment.Subcommands.Add(Link());
        return segment;
    }

    internal static Argument<string> SegmentNo() => new("no") { Description = "The segment, e.g. SM0001." };

    private static Command List()
    {
        var search = new Option<string?>("--search") { Description = "Only segments whose No. or description contains this." };
        var campaign = new Option<string?>("--campaign") { Description = "Only segments linked to this campaign." };
        var json = SegmentCli.Json();
        var database = HostOptions.Database();
        var command = new Command("list", "List the segments (not yet logged) with their line counts.") { search, campaign, json, database };
        command.SetAction((result, ct) => SegmentCli.RunAsync(result, json, database, async context =>
        {
            await using var scope = context.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CampaignFlowDbContext>();
            var segments = db.Segments.AsNoTracking();
            if (result.GetValue(search) is { Length: > 0 } text)
                segments = segments.Where(s => EF.Functions.Like(s.No, $"%{text}%") || EF.Functions.Like(s.Description, $"%{text}%"));
            if (result.GetValue(campaign) is { Length: > 0 } campaignNo) segments = segments.Where(s => s.CampaignNo == campaignNo);
            var items = await segments.OrderBy(s => s.No)
                .Select(s => new SegmentListItem(s.No, s.Description, s.Date, s.CampaignNo, s.CampaignTarget, db.SegmentLines.Count(l => l.SegmentNo == s.No), s.Version))
                .ToListAsync(context.CancellationToken);
            context.Output.Report(items, list => list.Count == 0 ? ["No segments."]
                : list.Select(s => $"{s.No}  {s.Description}  {s.NoOfLines} line(s){(s.CampaignNo is null ? "" : $"  campaign {s.CampaignNo}")}"));
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Show()
    {
        var no = SegmentNo();
        var json = SegmentCli.Json();
        var database = HostOptions.Database();
        var command = new Command("show", "Show a segment: header, line count and criteria (its recorded actions).") { no, json, database };
        command.SetAction((result, ct) => SegmentCli.RunAsync(result, json, database, async context =>
            await ShowAsync(context, result.GetValue(no)!), ct));
        return command;
    }

    /// <summary>Prints the header, counts and criteria of <paramref name="segmentNo"/> (after a change too).</summary>
    internal static async Task<int> ShowAsync(SegmentCliContext context, string segmentNo)
    {
        var segment = await context.Segments.GetAsync(segmentNo, context.CancellationToken);
        var lines = await context.Segments.CountLinesAsync(segmentNo, context.CancellationToken);
        var criteria = await context.Segments.GetCriteriaAsync(segmentNo, context.CancellationToken);
        context.Output.Report(new { segment.No, segment.Description, segment.Date, segment.CampaignNo, segment.CampaignTarget, segment.CampaignResponse,
            segment.SalespersonCode, segment.InteractionTemplateCode, NoOfLines = lines, Version = segment.Version, Criteria = criteria.Select(CriteriaView.From) },
            view => [
                $"{view.No}  {view.Description}",
                $"  date {view.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}, campaign {view.CampaignNo ?? "-"}{(view.CampaignTarget ? " (target)" : "")}{(view.CampaignResponse ? " (response)" : "")}, template {view.InteractionTemplateCode ?? "-"}",
                $"  {view.NoOfLines} line(s), version {view.Version}",
                .. view.Criteria.Select(c => $"  {c.ActionNo}. {c}"),
            ]);
        return ExitCodes.Ok;
    }

    private static Command CreateVerb()
    {
        var description = new Option<string>("--description") { Description = "The segment's description.", Required = true };
        var campaign = new Option<string?>("--campaign") { Description = "Link the new segment to this campaign (as target)." };
        var template = new Option<string?>("--template") { Description = "The interaction template (needed to log the segment), e.g. BUS." };
        var json = SegmentCli.Json();
        var database = HostOptions.Database();
        var command = new Command("create", "Create a segment numbered from the SEGMENT series; prints its No.") { description, campaign, template, json, database };
        command.SetAction((result, ct) => SegmentCli.RunAsync(result, json, database, async context =>
        {
            var campaignNo = result.GetValue(campaign) is { Length: > 0 } c ? c.Trim() : null;
            if (result.GetValue(template) is { Length: > 0 } wanted && !await TemplateExistsAsync(context, wanted.Trim()))
                return context.Output.Fail(ExitCodes.NotFound, $"InteractionTemplate '{wanted.Trim()}': there is no such interaction template; nothing was created.");
            var segment = await context.Segments.CreateAsync(new SegmentHeaderUpdate
            {
                Description = result.GetValue(description)!.Trim(), CampaignNo = campaignNo, CampaignTarget = campaignNo is not null,
            }, context.CancellationToken);
            if (result.GetValue(template) is { Length: > 0 } templateCode)
                segment = await context.Segments.SetTemplateAsync(segment.No, segment.Version, templateCode.Trim(), context.CancellationToken);
            context.Output.Report(new { segment.No, segment.Description, segment.CampaignNo, segment.InteractionTemplateCode, segment.Version },
                s => [$"Created segment {s.No} '{s.Description}'{(s.CampaignNo is null ? "" : $" for campaign {s.CampaignNo}")}{(s.InteractionTemplateCode is null ? "" : $" with template {s.InteractionTemplateCode}")}."]);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static async Task<bool> TemplateExistsAsync(SegmentCliContext context, string code)
    {
        await using var scope = context.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CampaignFlowDbContext>().InteractionTemplates.AnyAsync(t => t.Code == code, context.CancellationToken);
    }

    private static Command Link()
    {
        var no = SegmentNo();
        var campaign = new Option<string>("--campaign") { Description = "The campaign, e.g. CP0001; \"\" removes the link.", Required = true };
        var response = new Option<bool>("--response") { Description = "Link as campaign response instead of target." };
        var headerOnly = new Option<bool>("--header-only") { Description = "Change the header only, not the lines." };
        var json = SegmentCli.Json();
        var database = HostOptions.Database();
        var command = new Command("link", "Link the segment (header and lines) to a campaign as its target (or response).") { no, campaign, response, headerOnly, json, database };
        command.SetAction((result, ct) => SegmentCli.RunAsync(result, json, database, async context =>
        {
            var segmentNo = result.GetValue(no)!;
            var campaignNo = result.GetValue(campaign) is { Length: > 0 } c ? c.Trim() : null;
            var isResponse = result.GetValue(response);
            var current = await context.Segments.GetAsync(segmentNo, context.CancellationToken);
            var linked = await context.Segments.LinkToCampaignAsync(segmentNo, current.Version, campaignNo, campaignNo is not null && !isResponse,
                campaignNo is not null && isResponse, !result.GetValue(headerOnly), context.CancellationToken);
            context.Output.Report(new { linked.No, linked.CampaignNo, linked.CampaignTarget, linked.CampaignResponse, linked.Version },
                s => [s.CampaignNo is null ? $"{s.No} is linked to no campaign." : $"{s.No} is linked to campaign {s.CampaignNo} as {(s.CampaignResponse ? "response" : "target")}."]);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
