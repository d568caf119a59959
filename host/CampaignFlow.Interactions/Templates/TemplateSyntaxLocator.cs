namespace CampaignFlow.Interactions.Templates;

/// <summary>
/// Finds where a Handlebars template is broken (Handlebars.Net reports most errors without a position):
/// unclosed expressions, block helpers closed in the wrong order or never closed. Also finds a merge field's position.
/// </summary>
internal static class TemplateSyntaxLocator
{
    public readonly record struct Problem(int Line, int Column, string Text);

    public static Problem? Find(string template)
    {
        var blocks = new Stack<(string Name, int Offset)>();
        var i = 0;
        while ((i = template.IndexOf("{{", i, StringComparison.Ordinal)) >= 0)
        {
            var open = i;
            if (template.AsSpan(i).StartsWith("{{!--"))
            {
                var endComment = template.IndexOf("--}}", i, StringComparison.Ordinal);
                if (endComment < 0) return At(template, open, "comment '{{!--' is never closed with '--}}'.");
                i = endComment + 4;
                continue;
            }

            var close = template.IndexOf("}}", i + 2, StringComparison.Ordinal);
            var nextOpen = template.IndexOf("{{", i + 2, StringComparison.Ordinal);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close && !template.AsSpan(i).StartsWith("{{{")))
                return At(template, open, "'{{' is never closed with '}}'.");
            var inner = template[(i + 2)..close].Trim('{', '}', '~', ' ', '\t', '\r', '\n');
            if (inner.StartsWith('#'))
            {
                blocks.Push((FirstWord(inner[1..]), open));
            }
            else if (inner.StartsWith('/'))
            {
                var name = FirstWord(inner[1..]);
                if (blocks.Count == 0) return At(template, open, $"'{{{{/{name}}}}}' closes a block that was never opened.");
                var (expected, _) = blocks.Pop();
                if (!string.Equals(expected, name, StringComparison.Ordinal))
                    return At(template, open, $"'{{{{/{name}}}}}' closes '{{{{#{expected}}}}}'; expected '{{{{/{expected}}}}}'.");
            }

            i = close + 2;
        }

        if (blocks.Count > 0)
        {
            var (name, offset) = blocks.Pop();
            return At(template, offset, $"block '{{{{#{name}}}}}' is never closed with '{{{{/{name}}}}}'.");
        }

        return null;
    }

    /// <summary>The position of a merge field (e.g. "contact.nmae") inside a mustache, or 1:1 when not found.</summary>
    public static (int Line, int Column) PositionOf(string template, string path)
    {
        var at = template.IndexOf(path, StringComparison.Ordinal);
        var problem = At(template, Math.Max(at, 0), "");
        return (problem.Line, problem.Column);
    }

    private static string FirstWord(string text)
    {
        var trimmed = text.TrimStart();
        var end = trimmed.IndexOfAny([' ', '\t', '\r', '\n', '}']);
        return end < 0 ? trimmed : trimmed[..end];
    }

    private static Problem At(string template, int offset, string text)
    {
        var line = 1;
        var lineStart = 0;
        for (var k = 0; k < offset && k < template.Length; k++)
        {
            if (template[k] != '\n') continue;
            line++;
            lineStart = k + 1;
        }

        return new Problem(line, offset - lineStart + 1, text);
    }
}
