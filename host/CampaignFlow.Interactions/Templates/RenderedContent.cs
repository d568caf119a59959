namespace CampaignFlow.Interactions.Templates;

/// <summary>A template content rendered for one contact: the subject, a plain-text body and, for HTML templates, the HTML body.</summary>
public sealed record RenderedContent(string Subject, string BodyText, string? BodyHtml);
