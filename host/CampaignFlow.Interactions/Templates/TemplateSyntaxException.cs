using CampaignFlow.Domain;

namespace CampaignFlow.Interactions.Templates;

/// <summary>A template's subject or body does not compile, or names an unknown merge field; says where (1-based line and column).</summary>
public sealed class TemplateSyntaxException : Exception
{
    public TemplateSyntaxException(string templateCode, string languageCode, string part, int line, int column, string problem)
        : base($"Interaction template '{templateCode}', language '{languageCode}', {part} line {line}, column {column}: {problem}")
    {
        TemplateCode = templateCode;
        LanguageCode = languageCode;
        Part = part;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public TemplateSyntaxException() : this("", "", "body", 1, 1, "invalid template") { }

    public TemplateSyntaxException(string message) : base(message)
    {
        TemplateCode = LanguageCode = Part = Problem = "";
    }

    public TemplateSyntaxException(string message, Exception innerException) : base(message, innerException)
    {
        TemplateCode = LanguageCode = Part = Problem = "";
    }

    public string TemplateCode { get; }
    public string LanguageCode { get; }
    /// <summary>"subject" or "body".</summary>
    public string Part { get; }
    public int Line { get; }
    public int Column { get; }
    public string Problem { get; }

    /// <summary>The same error as a <see cref="DomainException"/> (for callers that show domain errors).</summary>
    public DomainException ToDomainException() => new(nameof(Domain.Interactions.InteractionTemplate), TemplateCode, $"Contents[{LanguageCode}].{Part}", $"line {Line}, column {Column}: {Problem}");
}
