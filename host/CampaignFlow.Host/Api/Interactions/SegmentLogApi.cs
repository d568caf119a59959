using System.Security.Claims;
using CampaignFlow.Domain.Security;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api.Interactions;

/// <summary><c>POST /api/segments/{no}/log</c>: Log Segment (marketing). Only this action; the segment resource itself belongs to the segments API.</summary>
public static class SegmentLogApi
{
    public static RouteGroupBuilder MapSegmentLogApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/segments/{no}/log", async (string no, LogSegmentRequest request, CampaignFlowDbContext db, LogSegmentService logging,
                ClaimsPrincipal user, CancellationToken ct) =>
            {
                // An unknown segment is a 404; a segment that was already logged is gone too, but the service says which logged segment it became (400).
                if (!await db.Segments.AnyAsync(s => s.No == no, ct) && !await db.LoggedSegments.AnyAsync(l => l.SegmentNo == no, ct))
                    return ApiProblems.NotFound("Segment", no);
                var options = new LogSegmentOptions { SendAttachments = request.SendAttachments ?? false, CreateFollowUpSegment = request.CreateFollowUpSegment ?? false };
                var result = await logging.LogAsync(no, options, user.Identity?.Name, null, ct);
                return Results.Ok(LogSegmentResponse.From(result));
            })
            .WithTags("Logged segments").RequireAuthorization(Roles.Marketing);
        return api;
    }
}
