using CampaignFlow.Rules.Binding;
using CampaignFlow.Rules.Filters;

namespace CampaignFlow.Rules.Tests;

/// <summary>
/// src.Select(x =&gt; x.Member).Contains(constant) runs in memory through <see cref="FactCollections"/> (no nested
/// lambda compiled per rule); its answers must be those of Enumerable.Contains.
/// </summary>
public sealed class FactCollectionTests
{
    private static readonly RuleFilterCompiler Compiler = new(new RulesOptions());

    private static Func<Order, bool> Compile(string expression) =>
        Compiler.CompilePredicate<Order>(new Model.RuleWorkflow
        {
            WorkflowName = "Tests",
            Rules = [new Model.Rule { RuleName = "R", Expression = expression }],
        }, "o");

    [Theory]
    [InlineData("o.Lines.Select(l => l.Item).Contains(\"B\")", true)]
    [InlineData("o.Lines.Select(l => l.Item).Contains(\"b\")", false)]
    [InlineData("o.Lines.Select(l => l.Qty).Contains(3)", true)]
    [InlineData("o.Lines.Select(l => l.Qty).Contains(4)", false)]
    [InlineData("o.Lines.Select(l => l.Price).Contains(2.50m)", true)]
    [InlineData("!o.Lines.Select(l => l.Item).Contains(\"Z\")", true)]
    public void Member_codes_against_a_constant_answer_as_Enumerable_Contains(string expression, bool expected)
    {
        var tree = Compiler.CompileMemoryExpression<Order>(new Model.RuleWorkflow
        {
            WorkflowName = "Tests",
            Rules = [new Model.Rule { RuleName = "R", Expression = expression }],
        }, "o");
        var call = Assert.IsType<System.Linq.Expressions.MethodCallExpression>(Unwrap(tree.Body), exactMatch: false);
        Assert.Equal(typeof(FactCollections), call.Method.DeclaringType);
        Assert.Equal(expected, tree.Compile()(new Order()));
        // The query form (no fusion) through Enumerable.Contains gives the same answer.
        Assert.Equal(expected, Compiler.CompileFilter<Order>(expression, "o").Compile()(new Order()));
    }

    private static System.Linq.Expressions.Expression Unwrap(System.Linq.Expressions.Expression body) => body switch
    {
        System.Linq.Expressions.TryExpression t => Unwrap(t.Body),
        System.Linq.Expressions.UnaryExpression { NodeType: System.Linq.Expressions.ExpressionType.Not } u => Unwrap(u.Operand),
        _ => body,
    };

    [Fact]
    public void A_null_collection_makes_the_rule_fail_even_under_not()
    {
        var order = new Order { Lines = null! };
        Assert.False(Compile("o.Lines.Select(l => l.Item).Contains(\"A\")")(order));
        Assert.False(Compile("!o.Lines.Select(l => l.Item).Contains(\"A\")")(order));
    }

    [Fact]
    public void Sources_other_than_lists_are_read_too()
    {
        var lines = new[] { new OrderLine { Item = "A", Qty = 1 }, new OrderLine { Item = "C", Qty = 9 } };
        Assert.True(FactCollections.ContainsString<OrderLine>(lines, l => l.Item, "C"));
        Assert.False(FactCollections.ContainsString<OrderLine>(lines.Where(l => l.Qty < 5), l => l.Item, "C"));
        Assert.True(FactCollections.ContainsValue<OrderLine, int>(lines.Where(l => l.Qty > 5), l => l.Qty, 9));
        Assert.False(FactCollections.ContainsString<OrderLine>(new List<OrderLine>(), l => l.Item, null));
        Assert.True(FactCollections.ContainsString<OrderLine>([new OrderLine { Item = null! }], l => l.Item, null));
    }

    [Fact]
    public void Readers_are_compiled_once_per_member()
    {
        var member = typeof(OrderLine).GetProperty(nameof(OrderLine.Item))!;
        Assert.Same(FactCollections.Reader(typeof(OrderLine), member), FactCollections.Reader(typeof(OrderLine), member));
    }
}
