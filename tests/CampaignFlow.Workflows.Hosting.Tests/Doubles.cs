using System.Collections.Concurrent;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Storage;
using CampaignFlow.Workflows.Hosting.Actions;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Workflows.Hosting.Tests;

/// <summary>
/// Stand-in for the pricing service (branch `pricing`, not merged yet): records calls; can be told to fail.
/// </summary>
public sealed class RecordingPricing : ICampaignPricing
{
    public ConcurrentQueue<string> Calls { get; } = new();

    public string? FailWith { get; set; }

    public Task ActivateAsync(CampaignFlowDbContext db, string campaignNo, CancellationToken cancellationToken)
    {
        if (FailWith is { } message) throw new InvalidOperationException(message);
        Calls.Enqueue($"activate {campaignNo}");
        return Task.CompletedTask;
    }

    public Task DeactivateAsync(CampaignFlowDbContext db, string campaignNo, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"deactivate {campaignNo}");
        return Task.CompletedTask;
    }
}

/// <summary>
/// Stand-in for Log Segment (branches `segments`/`interactions`, not merged yet): writes through the transition's
/// DbContext what the real one writes that the workflow depends on: the follow-up segment with the same contacts.
/// </summary>
public sealed class FollowUpSegmentLogger : ISegmentLogger
{
    public ConcurrentQueue<string> Logged { get; } = new();

    public async Task LogAsync(CampaignFlowDbContext db, string segmentNo, bool send, bool followUp, CancellationToken cancellationToken)
    {
        var segment = await db.Segments.Include(s => s.Lines).SingleAsync(s => s.No == segmentNo, cancellationToken);
        if (followUp)
        {
            var no = await new NumberSeriesAllocator(db).NextAsync(Domain.NumberSeries.Segments, cancellationToken);
            var copy = new Segment { No = no, Description = $"Follow-up on segment {segment.No}", CampaignNo = segment.CampaignNo, SalespersonCode = segment.SalespersonCode };
            copy.Lines.AddRange(segment.Lines.Select(l => new SegmentLine { SegmentNo = no, LineNo = l.LineNo, ContactNo = l.ContactNo, CampaignNo = l.CampaignNo, SalespersonCode = l.SalespersonCode }));
            db.Segments.Add(copy);
        }

        db.SegmentLines.RemoveRange(segment.Lines);
        db.Segments.Remove(segment);
        await db.SaveChangesAsync(cancellationToken);
        Logged.Enqueue($"{segmentNo} send={send} followUp={followUp}");
    }
}
