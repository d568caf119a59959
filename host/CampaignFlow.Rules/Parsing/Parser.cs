using System.Globalization;
using System.Runtime.CompilerServices;

namespace CampaignFlow.Rules.Parsing;

/// <summary>
/// Recursive-descent parser for the Dynamic LINQ subset. Precedence, lowest first:
/// ?: , ?? , OR/|| , AND/&amp;&amp; , comparisons and 'in' , + - , * / % , unary ! NOT - , postfix . () [].
/// </summary>
internal sealed class Parser
{
    private readonly List<Token> _tokens;
    private readonly string _text;
    private readonly int _maxDepth;
    private int _index;
    private int _depth;

    private Parser(string text, int maxDepth)
    {
        _text = text;
        _maxDepth = maxDepth;
        _tokens = Tokenizer.Tokenize(text);
    }

    private Token Current => _tokens[_index];

    public static Node Parse(string text, int maxLength, int maxDepth)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new RuleSyntaxError(0, "the expression is empty");
        }
        if (text.Length > maxLength)
        {
            throw new RuleSyntaxError(maxLength, $"the expression is {text.Length} characters long; the limit is {maxLength}");
        }
        var parser = new Parser(text, maxDepth);
        var node = parser.ParseExpression();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw parser.Unexpected(parser.Current.Kind == TokenKind.CloseParen ? "unbalanced ')'" : null);
        }
        return node;
    }

    private Node ParseExpression()
    {
        Enter();
        try
        {
            return ParseConditional();
        }
        finally
        {
            _depth--;
        }
    }

    private void Enter()
    {
        _depth++;
        if (_depth > _maxDepth)
        {
            throw new RuleSyntaxError(Current.Start, $"the expression is nested too deeply (more than {_maxDepth} levels)");
        }
        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    private Node ParseConditional()
    {
        var test = ParseCoalesce();
        if (Current.Kind != TokenKind.Question)
        {
            return test;
        }
        Next();
        var ifTrue = ParseExpression();
        Expect(TokenKind.Colon, "':' of the ?: operator");
        var ifFalse = ParseExpression();
        return Deep(new ConditionalNode(test.Start, ifFalse.End, test, ifTrue, ifFalse), test, ifTrue, ifFalse);
    }

    private Node ParseCoalesce()
    {
        var left = ParseOr();
        if (Current.Kind != TokenKind.DoubleQuestion)
        {
            return left;
        }
        var op = Next();
        var right = ParseExpression();
        return Binary(BinaryOperator.Coalesce, op, left, right);
    }

    private Node ParseOr()
    {
        var left = ParseAnd();
        while (Current.Kind == TokenKind.OrOr || Current.IsWord("or"))
        {
            var op = Next();
            left = Binary(BinaryOperator.Or, op, left, ParseAnd());
        }
        return left;
    }

    private Node ParseAnd()
    {
        var left = ParseComparison();
        while (Current.Kind == TokenKind.AndAnd || Current.IsWord("and"))
        {
            var op = Next();
            left = Binary(BinaryOperator.And, op, left, ParseComparison());
        }
        return left;
    }

    private Node ParseComparison()
    {
        var left = ParseAdditive();
        while (true)
        {
            if (Current.IsWord("in"))
            {
                left = ParseIn(left);
                continue;
            }
            BinaryOperator? op = Current.Kind switch
            {
                TokenKind.Equal => BinaryOperator.Equal,
                TokenKind.NotEqual => BinaryOperator.NotEqual,
                TokenKind.Less => BinaryOperator.Less,
                TokenKind.LessEqual => BinaryOperator.LessEqual,
                TokenKind.Greater => BinaryOperator.Greater,
                TokenKind.GreaterEqual => BinaryOperator.GreaterEqual,
                _ => null,
            };
            if (op is null)
            {
                return left;
            }
            var token = Next();
            left = Binary(op.Value, token, left, ParseAdditive());
        }
    }

    private InNode ParseIn(Node value)
    {
        var op = Next();
        Expect(TokenKind.OpenParen, "'(' after 'in'");
        var items = new List<Node> { ParseExpression() };
        while (Current.Kind == TokenKind.Comma)
        {
            Next();
            items.Add(ParseExpression());
        }
        var close = Expect(TokenKind.CloseParen, "')' closing the 'in' list");
        var node = new InNode(value.Start, close.End, value, op.Start, items);
        return node with { Depth = Math.Max(value.Depth, items.Max(i => i.Depth)) + 1 };
    }

    private Node ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Next();
            var kind = op.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract;
            left = Binary(kind, op, left, ParseMultiplicative());
        }
        return left;
    }

    private Node ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.Percent)
        {
            var op = Next();
            var kind = op.Kind switch
            {
                TokenKind.Star => BinaryOperator.Multiply,
                TokenKind.Slash => BinaryOperator.Divide,
                _ => BinaryOperator.Modulo,
            };
            left = Binary(kind, op, left, ParseUnary());
        }
        return left;
    }

    private Node ParseUnary()
    {
        UnaryOperator? op = Current.Kind switch
        {
            TokenKind.Bang => UnaryOperator.Not,
            TokenKind.Minus => UnaryOperator.Negate,
            TokenKind.Plus => UnaryOperator.Plus,
            _ => Current.IsWord("not") ? UnaryOperator.Not : null,
        };
        if (op is null)
        {
            return ParsePostfix(ParsePrimary());
        }
        Enter();
        try
        {
            var token = Next();
            var operand = ParseUnary();
            return new UnaryNode(token.Start, operand.End, op.Value, token.Start, operand) { Depth = operand.Depth + 1 };
        }
        finally
        {
            _depth--;
        }
    }

    private Node ParsePostfix(Node node)
    {
        while (true)
        {
            if (Current.Kind == TokenKind.Dot)
            {
                Next();
                var name = Expect(TokenKind.Identifier, "a member name after '.'");
                if (Current.Kind == TokenKind.OpenParen)
                {
                    var (arguments, end) = ParseArguments();
                    node = Deep(new CallNode(node.Start, end, node, name.Text, name.Start, arguments), [node, .. arguments]);
                }
                else
                {
                    node = Deep(new MemberNode(node.Start, name.End, node, name.Text, name.Start), node);
                }
                continue;
            }
            if (Current.Kind == TokenKind.OpenBracket)
            {
                Next();
                var index = ParseExpression();
                var close = Expect(TokenKind.CloseBracket, "']'");
                node = Deep(new IndexNode(node.Start, close.End, node, index), node, index);
                continue;
            }
            return node;
        }
    }

    private Node ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer:
                Next();
                return new LiteralNode(token.Start, token.End, LiteralKind.Integer, token.Text, ParseInteger(token));
            case TokenKind.Real:
                Next();
                return new LiteralNode(token.Start, token.End, LiteralKind.Real, token.Text, ParseReal(token));
            case TokenKind.String:
                Next();
                return new LiteralNode(token.Start, token.End, LiteralKind.String, _text[token.Start..token.End], token.Text);
            case TokenKind.OpenParen:
                {
                    Next();
                    var inner = ParseExpression();
                    if (Current.Kind != TokenKind.CloseParen)
                    {
                        throw Unexpected($"missing ')' to close the '(' at column {token.Start + 1}");
                    }
                    Next();
                    return inner;
                }
            case TokenKind.Identifier:
                return ParseIdentifier();
            case TokenKind.End:
                throw new RuleSyntaxError(token.Start, "the expression ends too early");
            case TokenKind.CloseParen:
                throw Unexpected("unbalanced ')'");
            default:
                throw Unexpected(null);
        }
    }

    private Node ParseIdentifier()
    {
        var token = Next();
        if (token.IsWord("true") || token.IsWord("false"))
        {
            return new LiteralNode(token.Start, token.End, LiteralKind.Bool, token.Text, token.IsWord("true"));
        }
        if (token.IsWord("null"))
        {
            return new LiteralNode(token.Start, token.End, LiteralKind.Null, token.Text, null);
        }
        if (Current.Kind == TokenKind.Arrow)
        {
            Next();
            var body = ParseExpression();
            return new LambdaNode(token.Start, body.End, token.Text, body) { Depth = body.Depth + 1 };
        }
        if (Current.Kind == TokenKind.OpenParen)
        {
            var (arguments, end) = ParseArguments();
            return Deep(new CallNode(token.Start, end, null, token.Text, token.Start, arguments), [.. arguments]);
        }
        return new IdentifierNode(token.Start, token.End, token.Text);
    }

    private (IReadOnlyList<Node> Arguments, int End) ParseArguments()
    {
        var open = Expect(TokenKind.OpenParen, "'('");
        var arguments = new List<Node>();
        if (Current.Kind != TokenKind.CloseParen)
        {
            arguments.Add(ParseExpression());
            while (Current.Kind == TokenKind.Comma)
            {
                Next();
                arguments.Add(ParseExpression());
            }
        }
        if (Current.Kind != TokenKind.CloseParen)
        {
            throw Unexpected($"missing ')' to close the argument list opened at column {open.Start + 1}");
        }
        return (arguments, Next().End);
    }

    private static object ParseInteger(Token token)
    {
        var text = token.Text;
        var suffix = char.ToUpperInvariant(text[^1]);
        var digits = char.IsLetter(suffix) ? text[..^1] : text;
        switch (suffix)
        {
            case 'M':
                return decimal.Parse(digits, CultureInfo.InvariantCulture);
            case 'D' or 'F':
                return double.Parse(digits, CultureInfo.InvariantCulture);
            case 'L':
                return long.TryParse(digits, CultureInfo.InvariantCulture, out var l)
                    ? l
                    : throw new RuleSyntaxError(token.Start, $"the number {text} is too large");
        }
        if (int.TryParse(digits, CultureInfo.InvariantCulture, out var i))
        {
            return i;
        }
        if (long.TryParse(digits, CultureInfo.InvariantCulture, out var big))
        {
            return big;
        }
        return decimal.TryParse(digits, CultureInfo.InvariantCulture, out var huge)
            ? huge
            : throw new RuleSyntaxError(token.Start, $"the number {text} is too large");
    }

    private static object ParseReal(Token token)
    {
        var text = token.Text;
        var suffix = char.ToUpperInvariant(text[^1]);
        var digits = char.IsLetter(suffix) && suffix != 'E' ? text[..^1] : text;
        if (suffix == 'M')
        {
            return decimal.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var m)
                ? m
                : throw new RuleSyntaxError(token.Start, $"the number {text} does not fit a decimal");
        }
        var d = double.Parse(digits, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(d) ? d : throw new RuleSyntaxError(token.Start, $"the number {text} is too large");
    }

    private BinaryNode Binary(BinaryOperator op, Token token, Node left, Node right) =>
        new(left.Start, right.End, op, token.Text, token.Start, left, right) { Depth = CheckDepth(Math.Max(left.Depth, right.Depth) + 1, token) };

    private T Deep<T>(T node, params Node[] children)
        where T : Node =>
        node with { Depth = CheckDepth((children.Length == 0 ? 0 : children.Max(c => c.Depth)) + 1, Current) };

    private int CheckDepth(int depth, Token at)
    {
        // Long operator chains build deep trees without deep parser recursion; bound them too.
        if (depth > _maxDepth * 4)
        {
            throw new RuleSyntaxError(at.Start, $"the expression is nested too deeply (more than {_maxDepth * 4} operations in a chain)");
        }
        return depth;
    }

    private Token Next()
    {
        var token = _tokens[_index];
        if (_index < _tokens.Count - 1)
        {
            _index++;
        }
        return token;
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected($"expected {what}");
        }
        return Next();
    }

    private RuleSyntaxError Unexpected(string? expected)
    {
        var token = Current;
        var found = token.Kind == TokenKind.End ? "the end of the expression" : $"'{_text[token.Start..token.End]}'";
        if (expected is not null && expected.StartsWith("unbalanced", StringComparison.Ordinal))
        {
            return new RuleSyntaxError(token.Start, expected);
        }
        return new RuleSyntaxError(token.Start, expected is null ? $"unexpected {found}" : $"{expected}, found {found}");
    }
}
