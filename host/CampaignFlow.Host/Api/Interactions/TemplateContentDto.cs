namespace CampaignFlow.Host.Api.Interactions;

/// <summary>A template's content in one language: Handlebars subject and body.</summary>
public sealed record TemplateContentDto(string LanguageCode, string Subject, string Body, bool IsHtml = false);
