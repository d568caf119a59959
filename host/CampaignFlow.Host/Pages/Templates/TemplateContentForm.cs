namespace CampaignFlow.Host.Pages.Templates;

/// <summary>A template's content in one language as edited: Handlebars subject and body; Remove drops the language on save.</summary>
public sealed class TemplateContentForm
{
    public string? LanguageCode { get; set; }
    public string? Subject { get; set; }
    public string? Body { get; set; }
    public bool IsHtml { get; set; }
    public bool Remove { get; set; }
}
