using System.Linq.Expressions;

namespace CampaignFlow.Rules.Binding;

/// <summary>
/// For the memory back end: compiles each nested lambda that captures nothing (x => x.Code) once and puts the
/// delegate in the tree as a constant. Expression.Compile would otherwise create that delegate on every call,
/// which costs more than the whole predicate. Lambdas that use outer variables are left alone.
/// </summary>
internal sealed class NestedLambdaHoister : ExpressionVisitor
{
    private int _depth;

    public static T Hoist<T>(T lambda)
        where T : LambdaExpression =>
        (T)new NestedLambdaHoister().Visit(lambda);

    protected override Expression VisitLambda<TDelegate>(Expression<TDelegate> node)
    {
        _depth++;
        try
        {
            var visited = (Expression<TDelegate>)base.VisitLambda(node);
            if (_depth > 1 && !FreeVariableFinder.HasFreeVariables(visited))
            {
                return Expression.Constant(visited.Compile(), typeof(TDelegate));
            }
            return visited;
        }
        finally
        {
            _depth--;
        }
    }

    private sealed class FreeVariableFinder : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _declared = [];
        private bool _free;

        public static bool HasFreeVariables(LambdaExpression lambda)
        {
            var finder = new FreeVariableFinder();
            finder.Visit(lambda);
            return finder._free;
        }

        protected override Expression VisitLambda<TDelegate>(Expression<TDelegate> node)
        {
            _declared.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            _declared.UnionWith(node.Variables);
            return base.VisitBlock(node);
        }

        protected override CatchBlock VisitCatchBlock(CatchBlock node)
        {
            if (node.Variable is not null)
            {
                _declared.Add(node.Variable);
            }
            return base.VisitCatchBlock(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _free |= !_declared.Contains(node);
            return node;
        }
    }
}
