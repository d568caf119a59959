using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;

namespace CampaignFlow.Host.Pages.Templates;

/// <summary>The template editor's fields: the header and its contents (a blank language row adds a language).</summary>
public sealed class TemplateForm
{
    public string? Description { get; set; }
    public string? InteractionGroupCode { get; set; }
    public decimal UnitCost { get; set; }
    public decimal UnitDurationMin { get; set; }
    public InformationFlow InformationFlow { get; set; }
    public InitiatedBy InitiatedBy { get; set; }
    public string? CampaignNo { get; set; }
    public bool CampaignTarget { get; set; }
    public bool CampaignResponse { get; set; }
    public CorrespondenceType CorrespondenceTypeDefault { get; set; }
    public string? LanguageCodeDefault { get; set; }
    public bool IgnoreContactCorresType { get; set; }
    public List<TemplateContentForm> Contents { get; set; } = [];

    public static TemplateForm From(InteractionTemplate t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new()
        {
            Description = t.Description, InteractionGroupCode = t.InteractionGroupCode, UnitCost = t.UnitCost, UnitDurationMin = t.UnitDurationMin,
            InformationFlow = t.InformationFlow, InitiatedBy = t.InitiatedBy, CampaignNo = t.CampaignNo, CampaignTarget = t.CampaignTarget,
            CampaignResponse = t.CampaignResponse, CorrespondenceTypeDefault = t.CorrespondenceTypeDefault, LanguageCodeDefault = t.LanguageCodeDefault,
            IgnoreContactCorresType = t.IgnoreContactCorresType,
            Contents = t.Contents.OrderBy(c => c.LanguageCode, StringComparer.Ordinal)
                .Select(c => new TemplateContentForm { LanguageCode = c.LanguageCode, Subject = c.Subject, Body = c.Body, IsHtml = c.IsHtml }).ToList(),
        };
    }

    /// <summary>The template to hand to the service: blank language rows and rows marked Remove are left out.</summary>
    public InteractionTemplate ToTemplate(string code)
    {
        var template = new InteractionTemplate
        {
            Code = code, Description = Description?.Trim() ?? "", InteractionGroupCode = Blank(InteractionGroupCode), UnitCost = UnitCost,
            UnitDurationMin = UnitDurationMin, InformationFlow = InformationFlow, InitiatedBy = InitiatedBy, CampaignNo = Blank(CampaignNo),
            CampaignTarget = CampaignTarget, CampaignResponse = CampaignResponse, CorrespondenceTypeDefault = CorrespondenceTypeDefault,
            LanguageCodeDefault = Blank(LanguageCodeDefault), IgnoreContactCorresType = IgnoreContactCorresType,
        };
        template.Contents.AddRange(Contents.Where(c => !c.Remove && Blank(c.LanguageCode) is not null).Select(c => new InteractionTemplateContent
        {
            TemplateCode = code, LanguageCode = c.LanguageCode!.Trim(), Subject = c.Subject ?? "", Body = c.Body ?? "", IsHtml = c.IsHtml,
        }));
        return template;
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
