namespace CampaignFlow.Domain.Interactions;

/// <summary>A template's content in one language: subject and body, both Handlebars templates.</summary>
public sealed class InteractionTemplateContent
{
    public string TemplateCode { get; set; } = "";
    public string LanguageCode { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
}
