using CampaignFlow.Rules.Inputs;

namespace CampaignFlow.Rules.Engine;

/// <summary>
/// The compile cache key of a workflow run: its name, the registration generation, and each input's name and type
/// (or JSON shape). Compared member by member, so a call builds one small array instead of a formatted string
/// of assembly-qualified type names.
/// </summary>
internal sealed class CompileKey : IEquatable<CompileKey>
{
    private readonly string _workflow;
    private readonly long _generation;
    private readonly (string Name, Type Type, string? Shape)[] _inputs;
    private readonly int _hash;

    public CompileKey(string workflow, long generation, RuleParameter[] parameters)
    {
        _workflow = workflow;
        _generation = generation;
        _inputs = new (string, Type, string?)[parameters.Length];
        var hash = new HashCode();
        hash.Add(workflow, StringComparer.Ordinal);
        hash.Add(generation);
        for (var i = 0; i < parameters.Length; i++)
        {
            var input = (parameters[i].Name, parameters[i].Type, parameters[i].Shape?.Signature);
            _inputs[i] = input;
            hash.Add(input.Name, StringComparer.Ordinal);
            hash.Add(input.Type);
        }
        _hash = hash.ToHashCode();
    }

    public bool Equals(CompileKey? other)
    {
        if (other is null || other._hash != _hash || other._generation != _generation || other._inputs.Length != _inputs.Length
            || !string.Equals(other._workflow, _workflow, StringComparison.Ordinal))
        {
            return false;
        }
        for (var i = 0; i < _inputs.Length; i++)
        {
            var (name, type, shape) = _inputs[i];
            var theirs = other._inputs[i];
            if (!string.Equals(name, theirs.Name, StringComparison.Ordinal) || type != theirs.Type || !string.Equals(shape, theirs.Shape, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as CompileKey);

    public override int GetHashCode() => _hash;
}
