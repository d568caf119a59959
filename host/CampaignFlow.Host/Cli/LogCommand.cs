using System.CommandLine;
using System.Globalization;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Segments;
using Spectre.Console;

namespace CampaignFlow.Host.Cli;

/// <summary>
/// `campaignflow log segment|list|cancel|uncancel|delete`: Log Segment and the logged segments for scripts. Exit 0 ok,
/// 1 usage, 2 bad input (a check of Log Segment failed; nothing was written), 7 not found, 8 conflict (already logged,
/// deleting a logged segment that is not canceled).
/// </summary>
internal static class LogCommand
{
    public static Command Create()
    {
        var log = new Command("log", "Log segments (interactions, campaign entries, deliveries) and manage the logged segments.");
        log.Subcommands.Add(Segment());
        log.Subcommands.Add(List());
        log.Subcommands.Add(SetCanceled("cancel", canceled: true, "Cancel a logged segment with its campaign entries and interactions."));
        log.Subcommands.Add(SetCanceled("uncancel", canceled: false, "Undo the cancel of a logged segment."));
        log.Subcommands.Add(Delete());
        return log;
    }

    private static Argument<int> EntryNo() => new("entryNo") { Description = "The logged segment's entry no., e.g. 1." };

    private static Command Segment()
    {
        var no = SegmentCommand.SegmentNo();
        var description = new Option<string?>("--description") { Description = "Set the segment's description first (the logged segment and entries carry it)." };
        var send = new Option<bool>("--send") { Description = "Deliver each line through its correspondence type's channel (an outbox row per line)." };
        var followUp = new Option<bool>("--follow-up") { Description = "Create a follow-up segment with the same campaign and contacts." };
        var json = SegmentCli.Json();
        var database = HostOptions.Database();
        var command = new Command("segment", "Log a segment: prints the logged segment's entry no. and what was written.") { no, description, send, followUp, json, database };
        command.SetAction((result, ct) => SegmentCli.RunAsync(result, json, database, async context =>
        {
            var segmentNo = result.GetValue(no)!;
            if (result.GetValue(description) is { Length: > 0 } text)
            {
                var current = await context.Segments.GetAsync(segmentNo, context.CancellationToken);
                await context.Segments.UpdateHeaderAsync(segmentNo, current.Version, SegmentHeaderUpdate.From(current) with { Description = text.Trim() },
                    updateLines: true, context.CancellationToken);
            }
            var options = new LogSegmentOptions { SendAttachments = result.GetValue(send), CreateFollowUpSegment = result.GetValue(followUp) };
            var service = context.Get<LogSegmentService>();
            var user = Environment.UserName;
            var logged = context.Output.ShowsProgress
                ? await AnsiConsole.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Logging {segmentNo}", maxValue: 1);
                    var report = new Progress<LogSegmentProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.TotalLines);
                        task.Value = p.LinesWritten;
                    });
                    var done = await service.LogAsync(segmentNo, options, user, report, context.CancellationToken);
                    task.Value = task.MaxValue;
                    return done;
                })
                : await service.LogAsync(segmentNo, options, user, null, context.CancellationToken);
            context.Output.Report(logged, r =>
            [
                $"Logged segment {r.SegmentNo} as logged segment {r.LoggedSegmentEntryNo}: {r.InteractionCount} interaction(s), {r.CampaignEntryNos.Count} campaign entr{(r.CampaignEntryNos.Count == 1 ? "y" : "ies")}, {r.DeliveryCount} deliver{(r.DeliveryCount == 1 ? "y" : "ies")}.",
                .. r.FollowUpSegmentNo is null ? Array.Empty<string>() : [$"Follow-up segment: {r.FollowUpSegmentNo}."],
            ]);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command List()
    {
        var take = new Option<int>("--take") { Description = "How many (newest first; default 50).", DefaultValueFactory = _ => 50 };
        take.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 10_000) r.AddError("--take must be 1 to 10,000."); });
        var json = SegmentCli.Json();
        var database = HostOptions.Database();
        var command = new Command("list", "List the logged segments, newest first, with their counts.") { take, json, database };
        command.SetAction((result, ct) => SegmentCli.RunAsync(result, json, database, async context =>
        {
            var list = await context.Get<InteractionLogService>().ListLoggedSegmentsAsync(0, result.GetValue(take), context.CancellationToken);
            context.Output.Report(list, rows => rows.Count == 0 ? ["No logged segments."] : rows.Select(l =>
                $"{l.EntryNo.ToString(CultureInfo.InvariantCulture),5}  {l.SegmentNo}  {l.CreationDate:yyyy-MM-dd}  {l.Description}  {l.NoOfInteractions} interaction(s), {l.NoOfCampaignEntries} campaign entr(ies)" +
                $"{(l.DeliveriesInProgress > 0 ? $", {l.DeliveriesInProgress} delivering" : "")}{(l.DeliveryErrors > 0 ? $", {l.DeliveryErrors} delivery error(s)" : "")}{(l.Canceled ? "  CANCELED" : "")}"));
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command SetCanceled(string verb, bool canceled, string description)
    {
        var entryNo = EntryNo();
        var json = SegmentCli.Json();
        var database = HostOptions.Database();
        var command = new Command(verb, description) { entryNo, json, database };
        command.SetAction((result, ct) => SegmentCli.RunAsync(result, json, database, async context =>
        {
            var no = result.GetValue(entryNo);
            await context.Get<InteractionLogService>().SetLoggedSegmentCanceledAsync(no, canceled, context.CancellationToken);
            context.Output.Report(new { entryNo = no, canceled }, r => [$"Logged segment {r.entryNo} {(r.canceled ? "canceled" : "uncanceled")}."]);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Delete()
    {
        var entryNo = EntryNo();
        var json = SegmentCli.Json();
        var database = HostOptions.Database();
        var command = new Command("delete", "Delete a canceled logged segment with its campaign entries, interactions and outbox rows.") { entryNo, json, database };
        command.SetAction((result, ct) => SegmentCli.RunAsync(result, json, database, async context =>
        {
            var no = result.GetValue(entryNo);
            await context.Get<InteractionLogService>().DeleteLoggedSegmentAsync(no, context.CancellationToken);
            context.Output.Report(new { entryNo = no, deleted = true }, r => [$"Logged segment {r.entryNo} deleted."]);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
