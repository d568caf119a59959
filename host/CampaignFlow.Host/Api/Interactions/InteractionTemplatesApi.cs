using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Security;
using CampaignFlow.Interactions.Templates;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api.Interactions;

/// <summary><c>/api/interaction-templates</c>: read (viewer); create, replace with contents, delete (admin), through
/// <see cref="InteractionTemplateService"/> (Handlebars syntax and merge fields checked; the renderer cache refreshed).</summary>
public static class InteractionTemplatesApi
{
    public static RouteGroupBuilder MapInteractionTemplatesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/interaction-templates").WithTags("Interaction templates");
        group.MapGet("/", async (CampaignFlowDbContext db, CancellationToken ct) =>
            (await db.InteractionTemplates.AsNoTracking().Include(t => t.Contents).OrderBy(t => t.Code).ToListAsync(ct)).Select(TemplateDto.From).ToList())
            .RequireAuthorization(Roles.Viewer);
        group.MapGet("/{code}", async (string code, CampaignFlowDbContext db, CancellationToken ct) =>
            await db.InteractionTemplates.AsNoTracking().Include(t => t.Contents).SingleOrDefaultAsync(t => t.Code == code, ct) is { } t
                ? Results.Ok(TemplateDto.From(t)) : ApiProblems.NotFound("Interaction template", code))
            .RequireAuthorization(Roles.Viewer);
        group.MapPost("/", async (TemplateRequest request, CampaignFlowDbContext db, InteractionTemplateService templates, CancellationToken ct) =>
        {
            if (await db.InteractionTemplates.AnyAsync(t => t.Code == request.Code, ct)) throw new ApiConflictException($"Interaction template '{request.Code}' already exists.");
            var template = Build(request);
            await templates.SaveTemplateAsync(template, ct);
            return Results.Created($"/api/interaction-templates/{Uri.EscapeDataString(template.Code)}", TemplateDto.From(template));
        }).RequireAuthorization(Roles.Admin);
        group.MapPut("/{code}", async (string code, TemplateRequest request, CampaignFlowDbContext db, InteractionTemplateService templates, CancellationToken ct) =>
        {
            if (request.Code != code) throw new ApiValidationException(nameof(TemplateRequest.Code), $"'{request.Code}' differs from the template in the address ('{code}').");
            if (!await db.InteractionTemplates.AnyAsync(t => t.Code == code, ct)) return ApiProblems.NotFound("Interaction template", code);
            var template = Build(request);
            await templates.SaveTemplateAsync(template, ct);
            return Results.Ok(TemplateDto.From(template));
        }).RequireAuthorization(Roles.Admin);
        group.MapDelete("/{code}", async (string code, CampaignFlowDbContext db, InteractionTemplateService templates, CancellationToken ct) =>
        {
            if (!await db.InteractionTemplates.AnyAsync(t => t.Code == code, ct)) return ApiProblems.NotFound("Interaction template", code);
            await templates.DeleteTemplateAsync(code, ct);
            return Results.NoContent();
        }).RequireAuthorization(Roles.Admin);
        return group;
    }

    /// <summary>
    /// Checks the contents' shape, then builds the template the service saves; the service compiles every
    /// content first (a Handlebars error → <see cref="TemplateSyntaxException"/> → 400 naming language, part, line and column).
    /// </summary>
    private static InteractionTemplate Build(TemplateRequest request)
    {
        var template = new InteractionTemplate { Code = request.Code! };
        template.Description = request.Description!;
        template.InteractionGroupCode = request.InteractionGroupCode;
        template.UnitCost = request.UnitCost ?? 0;
        template.UnitDurationMin = request.UnitDurationMin ?? 0;
        template.InformationFlow = request.InformationFlow ?? InformationFlow.Outbound;
        template.InitiatedBy = request.InitiatedBy ?? InitiatedBy.Us;
        template.CampaignNo = request.CampaignNo;
        template.CampaignTarget = request.CampaignTarget ?? false;
        template.CampaignResponse = request.CampaignResponse ?? false;
        template.CorrespondenceTypeDefault = request.CorrespondenceTypeDefault ?? CorrespondenceType.None;
        template.LanguageCodeDefault = request.LanguageCodeDefault;
        template.IgnoreContactCorresType = request.IgnoreContactCorresType ?? false;
        var contents = request.Contents ?? [];
        for (var i = 0; i < contents.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(contents[i].LanguageCode)) throw new ApiValidationException($"Contents[{i}].LanguageCode", "is required.");
            if (contents[i].Subject is null || contents[i].Subject.Length > 200) throw new ApiValidationException($"Contents[{i}].Subject", "is required and at most 200 characters.");
            if (contents[i].Body is null) throw new ApiValidationException($"Contents[{i}].Body", "is required.");
        }
        template.Contents.AddRange(contents.Select(c => new InteractionTemplateContent
        {
            TemplateCode = template.Code, LanguageCode = c.LanguageCode, Subject = c.Subject, Body = c.Body, IsHtml = c.IsHtml,
        }));
        return template;
    }
}
