using CampaignFlow.Domain.Contacts;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Filters;
using CampaignFlow.Rules.Model;

namespace CampaignFlow.Rules.Tests;

public sealed class ErrorTests
{
    private static readonly RuleFilterCompiler Compiler = new(new RulesOptions());

    private static RuleCompilationException Fail(string expression) =>
        Assert.Throws<RuleCompilationException>(() => Compiler.CompilePredicate<Order>(expression, "o"));

    [Theory]
    [InlineData("o.Name > 3", 8, "operator '>' cannot compare a string with an int")]
    [InlineData("o.Nmae == \"x\"", 3, "'o' has no member 'Nmae'")]
    [InlineData("o.Lines.Any(l => l.Qtty > 1)", 20, "'l' has no member 'Qtty'")]
    [InlineData("(o.Total > 1", 13, "missing ')' to close the '(' at column 1, found the end of the expression")]
    [InlineData("o.Total > 1)", 12, "unbalanced ')'")]
    [InlineData("o.Name.Contains(\"a\"", 20, "missing ')' to close the argument list opened at column 16, found the end of the expression")]
    [InlineData("o.GetType() != null", 3, "'GetType' is not allowed in rules")]
    [InlineData("o.Name.GetType().Assembly != null", 8, "'GetType' is not allowed in rules")]
    [InlineData("System.IO.File.ReadAllText(\"/etc/passwd\") != null", 1, "unknown name 'System' (known names: o)")]
    [InlineData("File.Exists(\"x\")", 1, "unknown name 'File' (known names: o)")]
    [InlineData("DateTime.Now > o.Placed", 10, "'DateTime.Now' is not allowed in rules (time comes from inputs, not the clock)")]
    [InlineData("Math.Pow(2, 3) > 1", 6, "'Math.Pow' is not allowed in rules")]
    [InlineData("Activator(1)", 1, "unknown function 'Activator' (known functions: iif, np, DateTime, DateOnly)")]
    [InlineData("o.Name.Normalize() == \"x\"", 8, "'o.Name' (string) has no method 'Normalize' that rules may call")]
    [InlineData("\"abc == o.Name", 1, "unterminated string literal (missing closing \")")]
    [InlineData("o.Total >", 10, "the expression ends too early")]
    [InlineData("o.Total > 1 ; 2", 13, "unexpected character ';'")]
    [InlineData("o.Name", 1, "the rule expression must be true or false, but 'o.Name' is a string")]
    [InlineData("o.Name && true", 1, "each side of '&&' must be true or false, but 'o.Name' is a string")]
    [InlineData("o.Name.Contains(1)", 8, "'Contains' cannot take (int)")]
    [InlineData("o.Kind == \"Persn\"", 11, "'Persn' is not a value of ContactType (Company, Person)")]
    [InlineData("o.Placed > \"yesterday\"", 12, "'yesterday' is not a date and time (use yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss)")]
    [InlineData("x => x", 1, "a lambda 'x => …' can only be an argument of Any, All, Count, Where, Select, Sum, Min, Max, First or FirstOrDefault")]
    [InlineData("o.Lines.Any(l => l.Item)", 18, "the condition of the lambda must be true or false, but 'l.Item' is a string")]
    [InlineData("o.Quantity ?? 1 == 1", 12, "the left side of '??' can never be null ('o.Quantity' is an int)")]
    [InlineData("DateOnly(2024, 2, 30) == o.Due", 1, "DateOnly(2024, 2, 30) is not a valid date")]
    [InlineData("o.Quantity.Foo > 1", 12, "'o.Quantity' has no member 'Foo'")]
    [InlineData("1 == 1 == 1", 8, "operator '==' cannot compare a bool with an int")]
    [InlineData("iif(true, 1)", 1, "iif takes 3 arguments: iif(condition, ifTrue, ifFalse)")]
    [InlineData("99999999999999999999999999999999 > 1", 1, "the number 99999999999999999999999999999999 is too large")]
    [InlineData("", 1, "the expression is empty")]
    public void BadExpressionsNameTheColumnAndTheProblem(string expression, int column, string reason)
    {
        var error = Fail(expression);
        Assert.Equal(reason, error.Reason);
        Assert.Equal(column, error.Column);
        Assert.Equal(expression, error.Expression);
    }

    [Fact]
    public void MessageNamesRuleWorkflowAndColumn()
    {
        var workflow = new RuleWorkflow
        {
            WorkflowName = "Segments.Prospects",
            Rules = [new Rule { RuleName = "IsProspect", Expression = "contact.Type == \"Person\" && contact.Nmae == \"x\"" }],
        };
        var error = Assert.Throws<RuleCompilationException>(() => Compiler.CompileContactFilter(workflow));
        Assert.Equal(
            "rule 'IsProspect' in workflow 'Segments.Prospects', column 37: 'contact' has no member 'Nmae' (members: BusinessRelations, City, Company, CompanyName, CompanyNo, CorrespondenceType, CountryRegionCode, CustomerNo, Email, ExcludeFromSegment, HasEmail, IndustryGroups, Interactions, JobResponsibilities, LanguageCode, MailingGroups, Name, No, PhoneNo, PostCode, PrivacyBlocked, SalespersonCode, TerritoryCode, Type)",
            error.Message);
    }

    [Fact]
    public void ContactEntityMembersOutsideTheFactsAreUnreachable()
    {
        var error = Assert.Throws<RuleCompilationException>(() => Compiler.CompileContactFilter("contact.Minor == false"));
        Assert.StartsWith("rule '(expression)' in workflow '(expression)', column 9: 'contact' has no member 'Minor'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalParamErrorsSayWhichParam()
    {
        var workflow = new RuleWorkflow
        {
            WorkflowName = "W",
            Rules = [new Rule { RuleName = "R", LocalParams = [new ScopedParam { Name = "big", Expression = "o.Totl > 3" }], Expression = "big" }],
        };
        var error = Assert.Throws<RuleCompilationException>(() => Compiler.CompilePredicate<Order>(workflow, "o"));
        Assert.Equal("rule 'R' in workflow 'W', column 3: 'o' has no member 'Totl' (in LocalParams 'big')", error.Message);
        Assert.Equal("o.Totl > 3", error.Expression);
    }

    [Fact]
    public void LengthAndDepthAreLimited()
    {
        var options = new RulesOptions { MaxExpressionLength = 50, MaxNestingDepth = 10 };
        var compiler = new RuleFilterCompiler(options);
        var tooLong = string.Join(" && ", Enumerable.Repeat("o.Quantity > 1", 5));
        var longError = Assert.Throws<RuleCompilationException>(() => compiler.CompilePredicate<Order>(tooLong, "o"));
        Assert.Equal($"the expression is {tooLong.Length} characters long; the limit is 50", longError.Reason);
        var deep = new string('(', 12) + "true" + new string(')', 12);
        var deepError = Assert.Throws<RuleCompilationException>(() => compiler.CompilePredicate<Order>(deep, "o"));
        Assert.Equal("the expression is nested too deeply (more than 10 levels)", deepError.Reason);
        Assert.Equal(11, deepError.Column);
        var chain = string.Join("+", Enumerable.Repeat("1", 45)) + "> 1";
        var chainCompiler = new RuleFilterCompiler(new RulesOptions { MaxNestingDepth = 10 });
        var chainError = Assert.Throws<RuleCompilationException>(() => chainCompiler.CompilePredicate<Order>(chain, "o"));
        Assert.Equal("the expression is nested too deeply (more than 40 operations in a chain)", chainError.Reason);
    }

    [Fact]
    public void DefaultLimitsStopPathologicalInputWithoutCrashing()
    {
        var deep = new string('!', 3000) + "true";
        var error = Assert.Throws<RuleCompilationException>(() => Compiler.CompilePredicate<Order>(deep, "o"));
        Assert.Equal("the expression is nested too deeply (more than 64 levels)", error.Reason);
        var tooLong = new string(' ', 5000) + "true";
        Assert.Throws<RuleCompilationException>(() => Compiler.CompilePredicate<Order>(tooLong, "o"));
    }

    [Fact]
    public void RegisteredFunctionsMustBeSafe()
    {
        var functions = new Engine.RuleFunctionRegistry();
        Assert.Throws<ArgumentException>(() => functions.Register("ReadFile", typeof(File), nameof(File.ReadAllBytes)));
        Assert.Throws<ArgumentException>(() => functions.Register("Bad Name", typeof(TestFunctions), nameof(TestFunctions.EndOfMonthPlus)));
        Assert.Throws<ArgumentException>(() => functions.Register("Str", typeof(string).GetMethod(nameof(string.Trim), Type.EmptyTypes)!));
    }

    [Fact]
    public void RegisteredFunctionDependingOnTheRowIsRejectedForSql()
    {
        var options = new RulesOptions();
        options.Functions.Register("Shout", typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!);
        var compiler = new RuleFilterCompiler(options);
        var error = Assert.Throws<RuleCompilationException>(() => compiler.CompileContactFilter("Shout(contact.Name, \"!\") == \"A!\""));
        Assert.Equal("'Shout' runs in memory only; in a database filter its arguments cannot depend on the inputs", error.Reason);
        Assert.NotNull(compiler.CompileContactFilter("contact.Name == Shout(\"A\", \"!\")"));
        Assert.True(compiler.CompilePredicate<Contact>("Shout(contact.Name, \"!\") == \"A!\"", "contact")(new Contact { Name = "A" }));
    }
}
