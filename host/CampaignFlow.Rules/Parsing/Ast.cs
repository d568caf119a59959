namespace CampaignFlow.Rules.Parsing;

// The syntax tree. Start/End are 0-based character positions; Depth bounds the binder's recursion.

internal abstract record Node(int Start, int End)
{
    public int Depth { get; init; } = 1;
}

internal enum LiteralKind
{
    Null,
    Bool,
    Integer,
    Real,
    String,
}

internal sealed record LiteralNode(int Start, int End, LiteralKind Kind, string Text, object? Value) : Node(Start, End);

internal sealed record IdentifierNode(int Start, int End, string Name) : Node(Start, End);

internal sealed record MemberNode(int Start, int End, Node Target, string Name, int NameStart) : Node(Start, End);

/// <summary>A call: a method on Target, or a function (iif, np, a registered helper, a constructor) when Target is null.</summary>
internal sealed record CallNode(int Start, int End, Node? Target, string Name, int NameStart, IReadOnlyList<Node> Arguments)
    : Node(Start, End);

internal sealed record IndexNode(int Start, int End, Node Target, Node Index) : Node(Start, End);

internal enum UnaryOperator
{
    Not,
    Negate,
    Plus,
}

internal sealed record UnaryNode(int Start, int End, UnaryOperator Operator, int OperatorStart, Node Operand) : Node(Start, End);

internal enum BinaryOperator
{
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    And,
    Or,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Coalesce,
}

internal sealed record BinaryNode(int Start, int End, BinaryOperator Operator, string OperatorText, int OperatorStart, Node Left, Node Right)
    : Node(Start, End);

internal sealed record ConditionalNode(int Start, int End, Node Test, Node IfTrue, Node IfFalse) : Node(Start, End);

internal sealed record InNode(int Start, int End, Node Value, int OperatorStart, IReadOnlyList<Node> Items) : Node(Start, End);

internal sealed record LambdaNode(int Start, int End, string Parameter, Node Body) : Node(Start, End);
