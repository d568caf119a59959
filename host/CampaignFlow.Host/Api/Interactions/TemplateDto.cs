using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;

namespace CampaignFlow.Host.Api.Interactions;

public sealed record TemplateDto(
    string Code, string Description, string? InteractionGroupCode, decimal UnitCost, decimal UnitDurationMin, InformationFlow InformationFlow,
    InitiatedBy InitiatedBy, string? CampaignNo, bool CampaignTarget, bool CampaignResponse, CorrespondenceType CorrespondenceTypeDefault,
    string? LanguageCodeDefault, bool IgnoreContactCorresType, IReadOnlyList<TemplateContentDto> Contents)
{
    public static TemplateDto From(InteractionTemplate t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Code, t.Description, t.InteractionGroupCode, t.UnitCost, t.UnitDurationMin, t.InformationFlow, t.InitiatedBy, t.CampaignNo,
            t.CampaignTarget, t.CampaignResponse, t.CorrespondenceTypeDefault, t.LanguageCodeDefault, t.IgnoreContactCorresType,
            t.Contents.OrderBy(c => c.LanguageCode, StringComparer.Ordinal).Select(c => new TemplateContentDto(c.LanguageCode, c.Subject, c.Body, c.IsHtml)).ToList());
    }
}
