namespace CampaignFlow.Domain.Interactions;

/// <summary>A template's content in one language: subject and body, both Handlebars templates.</summary>
public sealed class InteractionTemplateContent
{
    public string TemplateCode { get; set; } = "";
    public string LanguageCode { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>An HTML body (merge values are HTML-escaped) rather than plain text (merge values inserted as they are).</summary>
    public bool IsHtml { get; set; }
}
