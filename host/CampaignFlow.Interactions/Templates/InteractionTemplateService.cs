using CampaignFlow.Domain;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Interactions.Templates;

/// <summary>
/// Interaction groups and templates: create, change, delete, read. Every content is compiled and its merge fields checked
/// before anything is saved (<see cref="TemplateSyntaxException"/> names language, part, line and column).
/// </summary>
public sealed class InteractionTemplateService(IDbContextFactory<CampaignFlowDbContext> contexts, TemplateRenderer renderer)
{
    public async Task<IReadOnlyList<InteractionGroup>> ListGroupsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.InteractionGroups.AsNoTracking().OrderBy(g => g.Code).ToListAsync(cancellationToken);
    }

    /// <summary>Adds the group, or changes its description when it exists.</summary>
    public async Task SaveGroupAsync(InteractionGroup group, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.InteractionGroups.FindAsync([group.Code], cancellationToken);
        if (existing is null) db.InteractionGroups.Add(new InteractionGroup { Code = group.Code, Description = group.Description });
        else existing.Description = group.Description;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes a group no template uses.</summary>
    public async Task DeleteGroupAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.InteractionTemplates.AnyAsync(t => t.InteractionGroupCode == code, cancellationToken))
            throw new DomainException(nameof(InteractionGroup), code, null, "interaction templates still belong to this group.");
        if (await db.InteractionGroups.Where(g => g.Code == code).ExecuteDeleteAsync(cancellationToken) == 0)
            throw new DomainException(nameof(InteractionGroup), code, null, "no such interaction group.");
    }

    public async Task<IReadOnlyList<InteractionTemplate>> ListTemplatesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.InteractionTemplates.AsNoTracking().Include(t => t.Contents).OrderBy(t => t.Code).ToListAsync(cancellationToken);
    }

    public async Task<InteractionTemplate?> FindTemplateAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.InteractionTemplates.AsNoTracking().Include(t => t.Contents).SingleOrDefaultAsync(t => t.Code == code, cancellationToken);
    }

    /// <summary>
    /// Adds the template or replaces the stored one (its fields and its whole set of contents, one per language).
    /// Refused, with nothing written, when a content does not compile, names an unknown merge field, or the record is invalid.
    /// </summary>
    public async Task SaveTemplateAsync(InteractionTemplate template, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        foreach (var content in template.Contents)
        {
            content.TemplateCode = template.Code;
            Require.Code(nameof(InteractionTemplate), template.Code, "Contents.LanguageCode", content.LanguageCode);
            Require.MaxLength(nameof(InteractionTemplate), template.Code, $"Contents[{content.LanguageCode}].Subject", content.Subject, 200);
            renderer.Validate(content);
        }

        template.Validate();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Checked here so the API and the web page refuse a missing group or campaign the same way, naming the field.
        if (template.InteractionGroupCode is { } group && !await db.InteractionGroups.AnyAsync(g => g.Code == group, cancellationToken))
            throw new DomainException(nameof(InteractionTemplate), template.Code, nameof(InteractionTemplate.InteractionGroupCode), $"interaction group '{group}' does not exist.");
        if (template.CampaignNo is { } campaign && !await db.Campaigns.AnyAsync(c => c.No == campaign, cancellationToken))
            throw new DomainException(nameof(InteractionTemplate), template.Code, nameof(InteractionTemplate.CampaignNo), $"campaign '{campaign}' does not exist.");
        var existing = await db.InteractionTemplates.Include(t => t.Contents).SingleOrDefaultAsync(t => t.Code == template.Code, cancellationToken);
        if (existing is null)
        {
            var added = Copy(template, new InteractionTemplate { Code = template.Code });
            added.Contents.AddRange(template.Contents.Select(CopyContent));
            db.InteractionTemplates.Add(added);
        }
        else
        {
            Copy(template, existing);
            db.InteractionTemplateContents.RemoveRange(existing.Contents.Where(c => !template.Contents.Exists(n => SameLanguage(n, c))));
            foreach (var content in template.Contents)
            {
                var stored = existing.Contents.Find(c => SameLanguage(c, content));
                if (stored is null) existing.Contents.Add(CopyContent(content));
                else { stored.Subject = content.Subject; stored.Body = content.Body; stored.IsHtml = content.IsHtml; }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        renderer.Invalidate(template.Code);
    }

    /// <summary>Deletes a template that no segment still uses (logged interactions keep its code as history).</summary>
    public async Task DeleteTemplateAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Segments.AnyAsync(s => s.InteractionTemplateCode == code, cancellationToken)
            || await db.SegmentLines.AnyAsync(l => l.InteractionTemplateCode == code, cancellationToken))
            throw new DomainException(nameof(InteractionTemplate), code, null, "segments still use this template.");
        var template = await db.InteractionTemplates.Include(t => t.Contents).SingleOrDefaultAsync(t => t.Code == code, cancellationToken)
            ?? throw new DomainException(nameof(InteractionTemplate), code, null, "no such interaction template.");
        db.InteractionTemplates.Remove(template);
        await db.SaveChangesAsync(cancellationToken);
        renderer.Invalidate(code);
    }

    private static bool SameLanguage(InteractionTemplateContent a, InteractionTemplateContent b) =>
        string.Equals(a.LanguageCode, b.LanguageCode, StringComparison.OrdinalIgnoreCase);

    private static InteractionTemplateContent CopyContent(InteractionTemplateContent c) =>
        new() { TemplateCode = c.TemplateCode, LanguageCode = c.LanguageCode, Subject = c.Subject, Body = c.Body, IsHtml = c.IsHtml };

    private static InteractionTemplate Copy(InteractionTemplate from, InteractionTemplate to)
    {
        to.InteractionGroupCode = from.InteractionGroupCode;
        to.Description = from.Description;
        to.UnitCost = from.UnitCost;
        to.UnitDurationMin = from.UnitDurationMin;
        to.InformationFlow = from.InformationFlow;
        to.InitiatedBy = from.InitiatedBy;
        to.CampaignNo = from.CampaignNo;
        to.CampaignTarget = from.CampaignTarget;
        to.CampaignResponse = from.CampaignResponse;
        to.CorrespondenceTypeDefault = from.CorrespondenceTypeDefault;
        to.LanguageCodeDefault = from.LanguageCodeDefault;
        to.IgnoreContactCorresType = from.IgnoreContactCorresType;
        return to;
    }
}
