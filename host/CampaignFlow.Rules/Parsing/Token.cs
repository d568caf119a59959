namespace CampaignFlow.Rules.Parsing;

/// <summary>One token: its kind, its text (unescaped for strings) and its 0-based start and end.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Start, int End)
{
    public bool IsWord(string word) =>
        Kind == TokenKind.Identifier && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
}
