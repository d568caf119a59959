using CampaignFlow.Domain;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Domain.Security;
using CampaignFlow.Segments;
using CampaignFlow.Segments.Filters;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>
/// <c>/api/segments</c> (read: viewer; change: marketing) and <c>/api/segment-rules</c> (viewer). Every change
/// takes the segment version the client read: a stale one is 409 and nothing is written.
/// </summary>
public static class SegmentsApi
{
    public static RouteGroupBuilder MapSegmentsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/segment-rules", (SegmentRuleCatalog catalog) => SegmentRuleSets.List(catalog)).WithTags("Segments").RequireAuthorization(Roles.Viewer);

        var group = api.MapGroup("/segments").WithTags("Segments");
        group.MapGet("/", (CampaignFlowDbContext db, [AsParameters] SegmentQuery query, IOptions<ApiOptions> options, CancellationToken ct) =>
            SegmentReads.ListAsync(db, query, options.Value, ct)).RequireAuthorization(Roles.Viewer);
        group.MapGet("/{no}", async (string no, CampaignFlowDbContext db, CancellationToken ct) =>
            await SegmentReads.HeaderAsync(db, no, ct) is { } header ? Results.Ok(header) : ApiProblems.NotFound("Segment", no)).RequireAuthorization(Roles.Viewer);
        group.MapGet("/{no}/lines", async (string no, int? page, int? pageSize, CampaignFlowDbContext db, IOptions<ApiOptions> options, CancellationToken ct) =>
            await SegmentReads.ExistsAsync(db, no, ct) ? Results.Ok(await SegmentReads.LinesAsync(db, no, page, pageSize, options.Value, ct)) : ApiProblems.NotFound("Segment", no))
            .RequireAuthorization(Roles.Viewer);
        group.MapGet("/{no}/criteria", (string no, SegmentService segments, CampaignFlowDbContext db, CancellationToken ct) =>
            Guard(no, db, null, async () => Results.Ok(await segments.GetCriteriaAsync(no, ct)))).RequireAuthorization(Roles.Viewer);

        group.MapPost("/", async (SegmentHeaderRequest request, SegmentService segments, CampaignFlowDbContext db, CancellationToken ct) =>
        {
            var segment = await segments.CreateAsync(request.ToUpdate(), ct);
            return Results.Created($"/api/segments/{segment.No}", await SegmentReads.HeaderAsync(db, segment.No, ct));
        }).RequireAuthorization(Roles.Marketing);
        group.MapPut("/{no}", (string no, SegmentHeaderRequest request, SegmentService segments, CampaignFlowDbContext db, CancellationToken ct) =>
            Guard(no, db, null, async () =>
            {
                await segments.UpdateHeaderAsync(no, RequireVersion(request.Version), request.ToUpdate(), request.UpdateLines, ct);
                return Results.Ok(await SegmentReads.HeaderAsync(db, no, ct));
            })).RequireAuthorization(Roles.Marketing);
        group.MapDelete("/{no}", (string no, int? version, SegmentService segments, CampaignFlowDbContext db, CancellationToken ct) =>
            Guard(no, db, null, async () =>
            {
                await segments.DeleteAsync(no, RequireVersion(version), ct);
                return Results.NoContent();
            })).RequireAuthorization(Roles.Marketing);
        group.MapPost("/{no}/link", (string no, SegmentLinkRequest request, SegmentService segments, CampaignFlowDbContext db, CancellationToken ct) =>
            Guard(no, db, null, async () =>
            {
                var campaign = string.IsNullOrWhiteSpace(request.CampaignNo) ? null : request.CampaignNo.Trim();
                await segments.LinkToCampaignAsync(no, request.Version!.Value, campaign, request.CampaignTarget, request.CampaignResponse, request.UpdateLines, ct);
                return Results.Ok(await SegmentReads.HeaderAsync(db, no, ct));
            })).RequireAuthorization(Roles.Marketing);
        group.MapPost("/{no}/template", (string no, SegmentTemplateRequest request, SegmentService segments, CampaignFlowDbContext db, CancellationToken ct) =>
            Guard(no, db, null, async () =>
            {
                var code = string.IsNullOrWhiteSpace(request.TemplateCode) ? null : request.TemplateCode.Trim();
                await segments.SetTemplateAsync(no, request.Version!.Value, code, ct);
                return Results.Ok(await SegmentReads.HeaderAsync(db, no, ct));
            })).RequireAuthorization(Roles.Marketing);

        MapAction(group, "add", SegmentActionKind.Add);
        MapAction(group, "reduce", SegmentActionKind.Reduce);
        MapAction(group, "refine", SegmentActionKind.Refine);
        group.MapPost("/{no}/contacts", (string no, SegmentContactRequest request, SegmentService segments, CampaignFlowDbContext db, CancellationToken ct) =>
            Guard(no, db, null, async () => Results.Ok(await segments.AddContactAsync(no, request.Version!.Value, request.ContactNo!.Trim(), request.AllowExisting, ct))))
            .RequireAuthorization(Roles.Marketing);
        group.MapDelete("/{no}/lines/{lineNo:int}", (string no, int lineNo, int? version, SegmentService segments, CampaignFlowDbContext db, CancellationToken ct) =>
            Guard(no, db, null, async () => Results.Ok(await segments.RemoveLineAsync(no, RequireVersion(version), lineNo, ct)))).RequireAuthorization(Roles.Marketing);
        group.MapPost("/{no}/undo", (string no, SegmentVersionRequest request, SegmentService segments, CampaignFlowDbContext db, CancellationToken ct) =>
            Guard(no, db, null, async () => Results.Ok(await segments.UndoAsync(no, request.Version!.Value, ct)))).RequireAuthorization(Roles.Marketing);
        group.MapPost("/{no}/preview", (string no, SegmentPreviewRequest request, SegmentService segments, CampaignFlowDbContext db, CancellationToken ct) =>
        {
            var filter = SegmentFilterBody.ToFilter(request.Filter);
            var kind = request.Kind!.Value;
            if (kind is not (SegmentActionKind.Add or SegmentActionKind.Reduce or SegmentActionKind.Refine))
                throw new ApiValidationException("Kind", "must be Add, Reduce or Refine.");
            return Guard(no, db, filter, async () =>
                Results.Ok(new { kind, count = await segments.PreviewAsync(no, kind, filter, SegmentOptionsBody.ToOptions(request.Options), ct) }));
        }).RequireAuthorization(Roles.Marketing);
        group.MapPost("/{no}/criteria/save", (string no, SaveCriteriaRequest request, SegmentService segments, CampaignFlowDbContext db, CancellationToken ct) =>
            Guard(no, db, null, async () =>
            {
                var saved = await segments.SaveCriteriaAsync(no, request.Code!.Trim(), request.Description ?? "", request.ReplaceExisting, ct);
                return Results.Ok(new { saved.Code, saved.Description, actions = saved.Actions.Count });
            })).RequireAuthorization(Roles.Marketing);
        group.MapPost("/{no}/criteria/reuse", (string no, ReuseCriteriaRequest request, SegmentService segments, CampaignFlowDbContext db, CancellationToken ct) =>
            Guard(no, db, null, async () => Results.Ok(await segments.ReuseCriteriaAsync(no, request.Version!.Value, request.Code!.Trim(), ct))))
            .RequireAuthorization(Roles.Marketing);
        group.MapPost("/{no}/reuse-segment", (string no, ReuseSegmentRequest request, SegmentService segments, CampaignFlowDbContext db, CancellationToken ct) =>
            Guard(no, db, null, async () => Results.Ok(await segments.ReuseSegmentAsync(no, request.Version!.Value, request.LoggedSegmentEntryNo!.Value, ct))))
            .RequireAuthorization(Roles.Marketing);
        return group;
    }

    private static void MapAction(RouteGroupBuilder group, string verb, SegmentActionKind kind) =>
        group.MapPost($"/{{no}}/{verb}", (string no, SegmentActionRequest request, SegmentService segments, CampaignFlowDbContext db, CancellationToken ct) =>
        {
            var filter = SegmentFilterBody.ToFilter(request.Filter);
            var options = SegmentOptionsBody.ToOptions(request.Options);
            var version = request.Version!.Value;
            return Guard(no, db, filter, async () => Results.Ok(kind switch
            {
                SegmentActionKind.Add => await segments.AddContactsAsync(no, version, filter, options, ct),
                SegmentActionKind.Reduce => await segments.ReduceContactsAsync(no, version, filter, options.EntireCompanies, ct),
                _ => await segments.RefineContactsAsync(no, version, filter, options.EntireCompanies, ct),
            }));
        }).RequireAuthorization(Roles.Marketing);

    private static int RequireVersion(int? version) =>
        version ?? throw new ApiValidationException("Version", "is required (the segment version you read).");

    /// <summary>
    /// Runs a segment call and sharpens its errors: an unknown segment (not even logged) → 404; a filter that
    /// does not compile or names an unknown rule → 400 on Filter.Expression / Filter.Rule with the service's
    /// message (which names the rule and the column).
    /// </summary>
    private static async Task<IResult> Guard(string no, CampaignFlowDbContext db, SegmentFilter? filter, Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (DomainException ex) when (ex.Record == RulesContactFilterRecord)
        {
            throw new ApiValidationException(filter?.IsRule == true ? "Filter.Rule" : "Filter.Expression", ex.Reason);
        }
        catch (DomainException ex) when (ex.Record == nameof(Segment) && ex.Key == no)
        {
            if (!await db.Segments.AnyAsync(s => s.No == no) && !await db.LoggedSegments.AnyAsync(l => l.SegmentNo == no)) return ApiProblems.NotFound("Segment", no);
            throw;
        }
    }

    /// <summary>The record name <see cref="RulesContactFilterCompiler"/> gives its errors.</summary>
    private const string RulesContactFilterRecord = "Segment filter";
}
