using CampaignFlow.Rules.Model;

namespace CampaignFlow.Rules.Engine;

/// <summary>A rule ready to run in memory: its predicate (or children), actions and message parts.</summary>
internal sealed class CompiledRule
{
    public required Rule Rule { get; init; }

    public string? CompileError { get; init; }

    public Func<object?[], bool>? Predicate { get; init; }

    public IReadOnlyList<CompiledRule>? Children { get; init; }

    public bool IsAnd { get; init; } = true;

    public Func<object?[], object?>? OnSuccessOutput { get; init; }

    public Func<object?[], object?>? OnFailureOutput { get; init; }

    /// <summary>The ErrorMessage split into literal text (null getter) and $(…) placeholders.</summary>
    public IReadOnlyList<(string Text, Func<object?[], object?>? Value)> MessageParts { get; init; } = [];
}
