using System.CommandLine;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Segments;

namespace CampaignFlow.Host.Cli;

/// <summary>The segment verbs that change lines or criteria: add/reduce/refine, undo, preview, save-criteria, reuse-criteria.</summary>
internal static class SegmentActionVerbs
{
    public static Command Action(string verb, SegmentActionKind kind, string description)
    {
        var no = SegmentCommand.SegmentNo();
        var filter = new SegmentFilterOptions();
        var json = SegmentCli.Json();
        var database = HostOptions.Database();
        var command = new Command(verb, description + " Filter: --rule <workflow>/<rule> or --expression \"<expr>\".") { no };
        filter.AddTo(command, kind);
        command.Options.Add(json);
        command.Options.Add(database);
        command.SetAction((result, ct) => SegmentCli.RunAsync(result, json, database, async context =>
        {
            var segmentNo = result.GetValue(no)!;
            var segments = context.Segments;
            var version = (await segments.GetAsync(segmentNo, context.CancellationToken)).Version;
            var options = filter.Options(result);
            var done = kind switch
            {
                SegmentActionKind.Add => await segments.AddContactsAsync(segmentNo, version, filter.Filter(result), options, context.CancellationToken),
                SegmentActionKind.Reduce => await segments.ReduceContactsAsync(segmentNo, version, filter.Filter(result), options.EntireCompanies, context.CancellationToken),
                _ => await segments.RefineContactsAsync(segmentNo, version, filter.Filter(result), options.EntireCompanies, context.CancellationToken),
            };
            context.Output.Report(done, r => [Describe(r)]);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static Command Undo()
    {
        var no = SegmentCommand.SegmentNo();
        var json = SegmentCli.Json();
        var database = HostOptions.Database();
        var command = new Command("undo", "Undo (Go Back) the segment's last action exactly.") { no, json, database };
        command.SetAction((result, ct) => SegmentCli.RunAsync(result, json, database, async context =>
        {
            var segmentNo = result.GetValue(no)!;
            var version = (await context.Segments.GetAsync(segmentNo, context.CancellationToken)).Version;
            var undone = await context.Segments.UndoAsync(segmentNo, version, context.CancellationToken);
            context.Output.Report(undone, r => [$"{r.SegmentNo}: undid action {r.ActionNo} ({r.Kind}), {r.LinesAffected} line(s) restored or removed; {r.NoOfLines} line(s) now."]);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static Command Preview()
    {
        var no = SegmentCommand.SegmentNo();
        var action = new Option<SegmentActionKind>("--action") { Description = "Add (default), Reduce or Refine.", DefaultValueFactory = _ => SegmentActionKind.Add };
        action.Validators.Add(r =>
        {
            // Checked on the text: the other action kinds parse as the enum but take no filter.
            if (r.Tokens.Count == 1 && r.Tokens[0].Value.ToUpperInvariant() is not ("ADD" or "REDUCE" or "REFINE"))
                r.AddError("--action must be Add, Reduce or Refine.");
        });
        var filter = new SegmentFilterOptions();
        var json = SegmentCli.Json();
        var database = HostOptions.Database();
        var command = new Command("preview", "Count the lines an action would add (Add) or remove (Reduce/Refine) now, without applying it.") { no, action };
        filter.AddTo(command, kind: null);
        command.Options.Add(json);
        command.Options.Add(database);
        command.SetAction((result, ct) => SegmentCli.RunAsync(result, json, database, async context =>
        {
            var segmentNo = result.GetValue(no)!;
            var kind = result.GetValue(action);
            var count = await context.Segments.PreviewAsync(segmentNo, kind, filter.Filter(result), filter.Options(result), context.CancellationToken);
            context.Output.Report(new { segmentNo, kind, count }, p => [$"{p.segmentNo}: {p.kind} would {(p.kind == SegmentActionKind.Add ? "add" : "remove")} {p.count} line(s)."]);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static Command SaveCriteria()
    {
        var no = SegmentCommand.SegmentNo();
        var code = new Argument<string>("code") { Description = "The code to save the criteria under, e.g. NORDIC." };
        var description = new Option<string?>("--description") { Description = "A description of the saved criteria." };
        var replace = new Option<bool>("--replace") { Description = "Overwrite criteria already saved under the code." };
        var json = SegmentCli.Json();
        var database = HostOptions.Database();
        var command = new Command("save-criteria", "Save the segment's actions, in order, under a code (the segment is not changed).") { no, code, description, replace, json, database };
        command.SetAction((result, ct) => SegmentCli.RunAsync(result, json, database, async context =>
        {
            var saved = await context.Segments.SaveCriteriaAsync(result.GetValue(no)!, result.GetValue(code)!.Trim(), result.GetValue(description) ?? "",
                result.GetValue(replace), context.CancellationToken);
            context.Output.Report(new { saved.Code, saved.Description, actions = saved.Actions.Count }, s => [$"Saved {s.actions} action(s) as criteria {s.Code}."]);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static Command ReuseCriteria()
    {
        var no = SegmentCommand.SegmentNo();
        var code = new Argument<string>("code") { Description = "The saved criteria to replay." };
        var json = SegmentCli.Json();
        var database = HostOptions.Database();
        var command = new Command("reuse-criteria", "Replay saved criteria on the segment, each action recorded (and undoable) on its own.") { no, code, json, database };
        command.SetAction((result, ct) => SegmentCli.RunAsync(result, json, database, async context =>
        {
            var segmentNo = result.GetValue(no)!;
            var version = (await context.Segments.GetAsync(segmentNo, context.CancellationToken)).Version;
            var results = await context.Segments.ReuseCriteriaAsync(segmentNo, version, result.GetValue(code)!.Trim(), context.CancellationToken);
            context.Output.Report(results, list => list.Select(Describe));
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static string Describe(SegmentActionResult r) =>
        $"{r.SegmentNo}: action {r.ActionNo} ({r.Kind}) {(r.Kind is SegmentActionKind.Reduce or SegmentActionKind.Refine or SegmentActionKind.RemoveContact ? "removed" : "added")} {r.LinesAffected} line(s); {r.NoOfLines} line(s) now.";
}
