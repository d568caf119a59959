using System.Linq.Expressions;

namespace CampaignFlow.Rules.Facts;

/// <summary>
/// The facts a rule may read from an entity type: member name → expression over the entity. When a type has a
/// fact map, rules see only its facts (not the entity's raw members).
/// </summary>
public interface IFactMap
{
    Type EntityType { get; }

    IEnumerable<string> FactNames { get; }

    /// <summary>The fact's lambda (one parameter of <see cref="EntityType"/>) for the given back end.</summary>
    LambdaExpression? Find(string name, RuleCompileMode mode);
}
