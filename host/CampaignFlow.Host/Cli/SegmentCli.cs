using System.CommandLine;
using CampaignFlow.Domain;
using CampaignFlow.Segments;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Cli;

/// <summary>What a segment or log verb works with: the services of the opened store and where to write.</summary>
internal sealed record SegmentCliContext(IServiceProvider Services, CliOutput Output, CancellationToken CancellationToken)
{
    public SegmentService Segments => Services.GetRequiredService<SegmentService>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();
}

/// <summary>
/// Runs a segment / log verb on the store and turns the services' refusals into exit codes: an unknown segment (never
/// logged either), logged segment, saved criteria, campaign or contact → 7 not found; a logged segment, a segment changed
/// meanwhile, criteria saved already, a logged segment not canceled → 8 conflict; any other broken rule or a filter that
/// does not compile (the message names the rule and the position) → 2 bad input.
/// </summary>
internal static class SegmentCli
{
    private const string FilterRecord = "Segment filter";

    public static Option<bool> Json() => new("--json") { Description = "Print JSON for scripts." };

    public static Task<int> RunAsync(ParseResult result, Option<bool> json, Option<string?> database, Func<SegmentCliContext, Task<int>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        var output = CliOutput.From(result, result.GetValue(json));
        return CliStore.RunAsync(result.GetValue(database), async app =>
        {
            var context = new SegmentCliContext(app.Services, output, ct);
            try
            {
                return await work(context);
            }
            catch (SegmentConcurrencyException ex)
            {
                return output.Fail(ExitCodes.Conflict, ex.Message);
            }
            catch (DomainException ex) when (ex.Record == FilterRecord)
            {
                return output.Fail(ExitCodes.BadInput, ex.Message);
            }
            catch (DomainException ex)
            {
                return output.Fail(await ClassifyAsync(app.Services, ex, ct), ex.Message);
            }
        }, ct);
    }

    private static async Task<int> ClassifyAsync(IServiceProvider services, DomainException ex, CancellationToken ct)
    {
        if (ex.Record == "Segment" && ex.Field is null && ex.Key is { } segmentNo)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CampaignFlowDbContext>();
            if (!await db.Segments.AnyAsync(s => s.No == segmentNo, ct))
                return await db.LoggedSegments.AnyAsync(l => l.SegmentNo == segmentNo, ct) ? ExitCodes.Conflict : ExitCodes.NotFound;
            return ExitCodes.Conflict;
        }
        if (IsMissing(ex.Reason)) return ExitCodes.NotFound;
        if (ex.Field is "Canceled" or "Code") return ExitCodes.Conflict;
        return ExitCodes.BadInput;
    }

    /// <summary>The services say "there is no …" / "no such …" for a key that does not exist.</summary>
    private static bool IsMissing(string reason) =>
        reason.StartsWith("there is no", StringComparison.Ordinal) || reason.StartsWith("there are no saved", StringComparison.Ordinal)
        || reason.StartsWith("no such", StringComparison.Ordinal);
}
