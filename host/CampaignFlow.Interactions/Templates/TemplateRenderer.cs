using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using CampaignFlow.Domain.Interactions;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace CampaignFlow.Interactions.Templates;

/// <summary>
/// Compiles template contents once and caches them (keyed by template code, language and a hash of the content, so an
/// edited content compiles anew; <see cref="Invalidate"/> drops a changed template's entries). HTML bodies escape merge
/// values (Handlebars' <c>{{ }}</c>); subjects and plain-text bodies insert them as they are.
/// </summary>
public sealed partial class TemplateRenderer
{
    private readonly IHandlebars _html = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true });
    private readonly IHandlebars _text = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true, NoEscape = true });
    private readonly ConcurrentDictionary<CacheKey, Compiled> _cache = new();

    /// <summary>How many compiled contents are cached (for tests and diagnostics).</summary>
    public int CachedCount => _cache.Count;

    /// <summary>Renders a content with a merge model (<see cref="MergeModel.Create"/>).</summary>
    /// <exception cref="TemplateSyntaxException">The content does not compile or names an unknown merge field.</exception>
    public RenderedContent Render(InteractionTemplateContent content, IReadOnlyDictionary<string, object?> model)
    {
        ArgumentNullException.ThrowIfNull(content);
        var compiled = GetCompiled(content);
        var subject = Run(content, "subject", compiled.Subject, model);
        if (!content.IsHtml) return new RenderedContent(subject, Run(content, "body", compiled.Body, model), null);
        var html = Run(content, "body", compiled.Body, model);
        // Tags of the template are dropped, escaped merge values decoded: a value's own "<b>" stays text.
        var text = ToPlainText(html);
        return new RenderedContent(subject, text, html);
    }

    /// <summary>Checks a content before it is saved: it compiles and uses known merge fields only.</summary>
    /// <exception cref="TemplateSyntaxException">Names the part, line and column.</exception>
    public void Validate(InteractionTemplateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var compiled = Compile(content);
        var sample = MergeModel.Sample();
        Run(content, "subject", compiled.Subject, sample);
        Run(content, "body", compiled.Body, sample);
    }

    /// <summary>Drops the cached compilations of a template (call when it changes or is deleted).</summary>
    public void Invalidate(string templateCode)
    {
        foreach (var key in _cache.Keys)
            if (string.Equals(key.TemplateCode, templateCode, StringComparison.OrdinalIgnoreCase)) _cache.TryRemove(key, out _);
    }

    private Compiled GetCompiled(InteractionTemplateContent content)
    {
        var key = new CacheKey(content.TemplateCode, content.LanguageCode, HashCode.Combine(content.Subject, content.Body, content.IsHtml));
        if (_cache.TryGetValue(key, out var cached) && cached.Matches(content)) return cached;
        var compiled = Compile(content);
        _cache[key] = compiled;
        return compiled;
    }

    private Compiled Compile(InteractionTemplateContent content)
    {
        var subject = CompilePart(content, "subject", content.Subject, _text);
        var body = CompilePart(content, "body", content.Body, content.IsHtml ? _html : _text);
        return new Compiled(content.Subject, content.Body, content.IsHtml, subject, body);
    }

    private static HandlebarsTemplate<object, object> CompilePart(InteractionTemplateContent content, string part, string source, IHandlebars environment)
    {
        if (TemplateSyntaxLocator.Find(source) is { } problem)
            throw new TemplateSyntaxException(content.TemplateCode, content.LanguageCode, part, problem.Line, problem.Column, problem.Text);
        try
        {
            return environment.Compile(source);
        }
        catch (HandlebarsException ex)
        {
            var (line, column) = ParserPosition(ex.Message);
            throw new TemplateSyntaxException(content.TemplateCode, content.LanguageCode, part, line, column, FirstLine(ex.Message));
        }
    }

    private static string Run(InteractionTemplateContent content, string part, HandlebarsTemplate<object, object> template, IReadOnlyDictionary<string, object?> model)
    {
        try
        {
            return template(model);
        }
        catch (HandlebarsUndefinedBindingException ex)
        {
            var source = part == "subject" ? content.Subject : content.Body;
            var (line, column) = TemplateSyntaxLocator.PositionOf(source, ex.Path);
            throw new TemplateSyntaxException(content.TemplateCode, content.LanguageCode, part, line, column,
                $"unknown merge field '{ex.Path}' (known fields: {string.Join(", ", MergeModel.Fields)}).");
        }
        catch (HandlebarsException ex)
        {
            throw new TemplateSyntaxException(content.TemplateCode, content.LanguageCode, part, 1, 1, FirstLine(ex.Message));
        }
    }

    /// <summary>Handlebars.Net ends parser messages with "Occured at: line:column" (0-based line).</summary>
    private static (int Line, int Column) ParserPosition(string message)
    {
        var match = PositionPattern().Match(message);
        return match.Success
            ? (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : (1, 1);
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private static string ToPlainText(string html)
    {
        var withBreaks = BreakPattern().Replace(html, "\n");
        return WebUtility.HtmlDecode(TagPattern().Replace(withBreaks, "")).Trim();
    }

    [GeneratedRegex(@"Occured at:\s*(\d+):(\d+)")]
    private static partial Regex PositionPattern();

    [GeneratedRegex(@"<br\s*/?>|</p\s*>|</div\s*>|</li\s*>|</h\d\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakPattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();

    private readonly record struct CacheKey(string TemplateCode, string LanguageCode, int Hash);

    private sealed record Compiled(
        string SubjectSource, string BodySource, bool IsHtml,
        HandlebarsTemplate<object, object> Subject, HandlebarsTemplate<object, object> Body)
    {
        public bool Matches(InteractionTemplateContent content) =>
            IsHtml == content.IsHtml && string.Equals(SubjectSource, content.Subject, StringComparison.Ordinal) && string.Equals(BodySource, content.Body, StringComparison.Ordinal);
    }
}
