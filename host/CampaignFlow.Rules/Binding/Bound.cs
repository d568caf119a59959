using System.Linq.Expressions;
using CampaignFlow.Rules.Inputs;

namespace CampaignFlow.Rules.Binding;

/// <summary>A bound sub-expression: its LINQ expression, plus its JSON shape when it comes from a plain JSON input.</summary>
internal sealed record Bound(Expression Expression, JsonShape? Shape = null, bool IsNullLiteral = false)
{
    public Type Type => Expression.Type;
}
