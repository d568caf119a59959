using System.Globalization;
using System.Text;

namespace CampaignFlow.Rules.Parsing;

/// <summary>Splits an expression into tokens; strings take "double" or 'single' quotes with backslash escapes.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, string.Empty, text.Length, text.Length));
                return tokens;
            }
            var c = text[i];
            if (char.IsLetter(c) || c == '_' || c == '@')
            {
                var start = i;
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }
                var word = text[start..i].TrimStart('@');
                if (word.Length == 0)
                {
                    throw new RuleSyntaxError(start, "'@' must be followed by a name");
                }
                tokens.Add(new Token(TokenKind.Identifier, word, start, i));
                continue;
            }
            if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                tokens.Add(ReadNumber(text, ref i));
                continue;
            }
            if (c is '"' or '\'')
            {
                tokens.Add(ReadString(text, ref i));
                continue;
            }
            tokens.Add(ReadPunctuation(text, ref i));
        }
    }

    private static Token ReadNumber(string text, ref int i)
    {
        var start = i;
        var isReal = false;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }
        if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
        {
            isReal = true;
            i++;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }
        }
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < text.Length && text[j] is '+' or '-')
            {
                j++;
            }
            if (j < text.Length && char.IsDigit(text[j]))
            {
                isReal = true;
                i = j;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }
            }
        }
        // Suffixes as in C#/Dynamic LINQ: L (long), M (decimal), D (double), F (float, read as double).
        if (i < text.Length && char.ToUpperInvariant(text[i]) is 'L' or 'M' or 'D' or 'F'
            && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])))
        {
            i++;
        }
        else if (i < text.Length && (char.IsLetter(text[i]) || text[i] == '_'))
        {
            throw new RuleSyntaxError(i, $"unexpected '{text[i]}' after the number '{text[start..i]}'");
        }
        return new Token(isReal ? TokenKind.Real : TokenKind.Integer, text[start..i], start, i);
    }

    private static Token ReadString(string text, ref int i)
    {
        var quote = text[i];
        var start = i;
        i++;
        var value = new StringBuilder();
        while (true)
        {
            if (i >= text.Length)
            {
                throw new RuleSyntaxError(start, $"unterminated string literal (missing closing {quote})");
            }
            var c = text[i];
            if (c == quote)
            {
                // A doubled quote inside the string stands for one quote, as in Dynamic LINQ.
                if (i + 1 < text.Length && text[i + 1] == quote)
                {
                    value.Append(quote);
                    i += 2;
                    continue;
                }
                i++;
                return new Token(TokenKind.String, value.ToString(), start, i);
            }
            if (c == '\\')
            {
                if (i + 1 >= text.Length)
                {
                    throw new RuleSyntaxError(i, "unterminated escape sequence");
                }
                value.Append(Unescape(text, ref i));
                continue;
            }
            value.Append(c);
            i++;
        }
    }

    private static string Unescape(string text, ref int i)
    {
        var escape = text[i + 1];
        i += 2;
        switch (escape)
        {
            case '\\': return "\\";
            case '"': return "\"";
            case '\'': return "'";
            case 'n': return "\n";
            case 'r': return "\r";
            case 't': return "\t";
            case '0': return "\0";
            case 'u':
                if (i + 4 <= text.Length
                    && int.TryParse(text.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                {
                    i += 4;
                    return ((char)code).ToString();
                }
                throw new RuleSyntaxError(i - 2, "'\\u' must be followed by four hex digits");
            default:
                throw new RuleSyntaxError(i - 2, $"unknown escape sequence '\\{escape}'");
        }
    }

    private static Token ReadPunctuation(string text, ref int i)
    {
        var start = i;
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        (TokenKind kind, int length) = (text[i], next) switch
        {
            ('(', _) => (TokenKind.OpenParen, 1),
            (')', _) => (TokenKind.CloseParen, 1),
            ('[', _) => (TokenKind.OpenBracket, 1),
            (']', _) => (TokenKind.CloseBracket, 1),
            ('.', _) => (TokenKind.Dot, 1),
            (',', _) => (TokenKind.Comma, 1),
            ('?', '?') => (TokenKind.DoubleQuestion, 2),
            ('?', _) => (TokenKind.Question, 1),
            (':', _) => (TokenKind.Colon, 1),
            ('=', '=') => (TokenKind.Equal, 2),
            ('=', '>') => (TokenKind.Arrow, 2),
            ('=', _) => (TokenKind.Equal, 1),
            ('!', '=') => (TokenKind.NotEqual, 2),
            ('!', _) => (TokenKind.Bang, 1),
            ('<', '>') => (TokenKind.NotEqual, 2),
            ('<', '=') => (TokenKind.LessEqual, 2),
            ('<', _) => (TokenKind.Less, 1),
            ('>', '=') => (TokenKind.GreaterEqual, 2),
            ('>', _) => (TokenKind.Greater, 1),
            ('&', '&') => (TokenKind.AndAnd, 2),
            ('|', '|') => (TokenKind.OrOr, 2),
            ('+', _) => (TokenKind.Plus, 1),
            ('-', _) => (TokenKind.Minus, 1),
            ('*', _) => (TokenKind.Star, 1),
            ('/', _) => (TokenKind.Slash, 1),
            ('%', _) => (TokenKind.Percent, 1),
            _ => throw new RuleSyntaxError(start, $"unexpected character '{Printable(text[i])}'"),
        };
        i += length;
        return new Token(kind, text[start..i], start, i);
    }

    private static string Printable(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString();
}
