namespace CampaignFlow.Rules.Binding;

/// <summary>Raised while validating without inputs: the expression names an input whose type is only known at run time.</summary>
internal sealed class UntypedInputException(string name) : Exception($"input '{name}' is typed at run time")
{
    public string Name { get; } = name;
}
