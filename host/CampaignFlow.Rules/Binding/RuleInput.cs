using CampaignFlow.Rules.Inputs;

namespace CampaignFlow.Rules.Binding;

/// <summary>An input as the compiler sees it: name, CLR type, and JSON shape for plain JSON inputs.</summary>
internal sealed record RuleInput(string Name, Type Type, JsonShape? Shape);
