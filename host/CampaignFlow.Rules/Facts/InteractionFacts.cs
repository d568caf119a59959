using CampaignFlow.Domain.Interactions;

namespace CampaignFlow.Rules.Facts;

/// <summary>
/// What a rule sees of one interaction log entry (an element of <c>contact.Interactions</c>), e.g.
/// <c>contact.Interactions.Any(i => i.TemplateCode == "BUS" &amp;&amp; i.Date >= DateOnly(2026, 1, 1) &amp;&amp; !i.Canceled)</c>.
/// The same names in SQL (a subquery on the log) and in memory.
/// </summary>
public static class InteractionFacts
{
    public static FactMap<InteractionLogEntry> Map { get; } = new FactMap<InteractionLogEntry>()
        .Add("EntryNo", i => i.EntryNo)
        .Add("Date", i => i.Date)
        .Add("Description", i => i.Description)
        .Add("Subject", i => i.Subject)
        .Add("TemplateCode", i => i.InteractionTemplateCode)
        .Add("InteractionTemplateCode", i => i.InteractionTemplateCode)
        .Add("GroupCode", i => i.InteractionGroupCode)
        .Add("InteractionGroupCode", i => i.InteractionGroupCode)
        .Add("InformationFlow", i => i.InformationFlow)
        .Add("InitiatedBy", i => i.InitiatedBy)
        .Add("Cost", i => i.Cost)
        .Add("DurationMin", i => i.DurationMin)
        .Add("SalespersonCode", i => i.SalespersonCode)
        .Add("CampaignNo", i => i.CampaignNo)
        .Add("CampaignTarget", i => i.CampaignTarget)
        .Add("CampaignResponse", i => i.CampaignResponse)
        .Add("SegmentNo", i => i.SegmentNo)
        .Add("CorrespondenceType", i => i.CorrespondenceType)
        .Add("LanguageCode", i => i.LanguageCode)
        .Add("DeliveryStatus", i => i.DeliveryStatus)
        .Add("Canceled", i => i.Canceled)
        .Add("Postponed", i => i.Postponed);
}
