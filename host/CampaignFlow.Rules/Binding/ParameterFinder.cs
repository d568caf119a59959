using System.Linq.Expressions;

namespace CampaignFlow.Rules.Binding;

/// <summary>Tells whether an expression depends on any parameter (an input or a lambda variable).</summary>
internal sealed class ParameterFinder : ExpressionVisitor
{
    private bool _found;

    public static bool UsesParameters(Expression expression)
    {
        var finder = new ParameterFinder();
        finder.Visit(expression);
        return finder._found;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        _found = true;
        return node;
    }
}
