using System.Security.Claims;
using System.Text.Json;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Storage;
using CampaignFlow.Storage.RuleSets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Api.Rules;

/// <summary>
/// The stored rule sets (imported from rules/ at start; the segment filters and discount eligibility run them): list,
/// read, history, and — for admins — save (a new version; compiled first, a rule that does not compile is a 400 naming
/// workflow, rule and column) and delete. A stale expectedVersion is a 409, an unknown rule set a 404.
/// </summary>
public static class RuleSetsApi
{
    private const string Record = "Rule set";

    public static RouteGroupBuilder MapRuleSetsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/rules").WithTags("Rules");
        group.MapGet("/", (CampaignFlowDbContext db, int? page, int? pageSize, IOptions<ApiOptions> options, CancellationToken ct) =>
            RuleSetStore.Live(db).OrderBy(r => r.WorkflowName)
                .Select(r => new RuleSetSummary(r.WorkflowName, r.Version, r.UpdatedAt, r.UpdatedBy, r.ShippedFile))
                .ToPageAsync(page, pageSize, options.Value, ct))
            .RequireAuthorization(Roles.Viewer);
        group.MapGet("/{workflow}", async (string workflow, RuleSetStore store, CancellationToken ct) =>
            await store.GetAsync(workflow, ct) is { } set
                ? Results.Ok(new RuleSetDetail(set.WorkflowName, set.Version, set.UpdatedAt, set.UpdatedBy, set.ShippedFile, Parse(set.Json)!.Value))
                : ApiProblems.NotFound(Record, workflow))
            .RequireAuthorization(Roles.Viewer);
        group.MapGet("/{workflow}/versions", async (string workflow, RuleSetStore store, CancellationToken ct) =>
            await store.HistoryAsync(workflow, ct) is { } history
                ? Results.Ok(history.Select(v => Info(v, withJson: false)).ToList())
                : ApiProblems.NotFound(Record, workflow))
            .RequireAuthorization(Roles.Viewer);
        group.MapGet("/{workflow}/versions/{version:int}", async (string workflow, int version, RuleSetStore store, CancellationToken ct) =>
            await store.GetVersionAsync(workflow, version, ct) is { } found
                ? Results.Ok(Info(found, withJson: true))
                : ApiProblems.NotFound($"Version {version} of rule set", workflow))
            .RequireAuthorization(Roles.Viewer);
        group.MapPut("/{workflow}", (string workflow, RuleSetSaveRequest body, RuleSetStore store, ClaimsPrincipal user, CancellationToken ct) =>
            Write(workflow, async () =>
            {
                var saved = await store.SaveAsync(workflow, body.Workflow!.Value.GetRawText(), body.ExpectedVersion, Who(user), RuleSetStore.EditedViaApi, ct);
                return Results.Ok(new RuleSetDetail(saved.WorkflowName, saved.Version, saved.UpdatedAt, saved.UpdatedBy, saved.ShippedFile, Parse(saved.Json)!.Value));
            }))
            .RequireAuthorization(Roles.Admin);
        group.MapDelete("/{workflow}", (string workflow, int? expectedVersion, RuleSetStore store, ClaimsPrincipal user, CancellationToken ct) =>
            Write(workflow, async () =>
            {
                await store.DeleteAsync(workflow, expectedVersion, Who(user), ct);
                return Results.NoContent();
            }))
            .RequireAuthorization(Roles.Admin);
        return group;
    }

    private static async Task<IResult> Write(string workflow, Func<Task<IResult>> write)
    {
        try
        {
            return await write();
        }
        catch (RuleSetInvalidException ex)
        {
            var diagnostics = ex.Diagnostics.Select(d => new
            {
                d.Workflow, d.Rule, d.Message, d.Line, d.Position, d.Column, d.Expression,
            }).ToList();
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { ["Workflow"] = [.. ex.Diagnostics.Select(d => d.ToString())] },
                detail: $"Rule set '{workflow}' is not valid; nothing was stored.",
                title: "The rule set does not compile",
                extensions: new Dictionary<string, object?> { ["diagnostics"] = diagnostics });
        }
        catch (RuleSetConflictException ex)
        {
            return ApiProblems.Conflict(ex.Message);
        }
        catch (RuleSetNotFoundException)
        {
            return ApiProblems.NotFound(Record, workflow);
        }
    }

    private static RuleSetVersionInfo Info(StoredRuleSetVersion v, bool withJson) =>
        new(v.WorkflowName, v.Version, v.CreatedAt, v.CreatedBy, v.Reason, withJson ? Parse(v.Json) : null);

    private static JsonElement? Parse(string json)
    {
        if (json.Length == 0) return null;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static string Who(ClaimsPrincipal user) => user.Identity?.Name is { Length: > 0 } name ? name : "api";
}
