using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Loading;
using CampaignFlow.Rules.Model;

namespace CampaignFlow.Rules.Tests;

public sealed class LoaderTests
{
    [Fact]
    public void ReadsOneWorkflowOrAnArrayIgnoringLegacyFields()
    {
        var single = RuleFileLoader.Parse("""{ "workflowName": "W", "rules": [ { "ruleName": "R", "expression": "true", "ErrorType": "Error", "SuccessMessage": "x" } ] }""");
        Assert.Equal("W", single.Workflows.Single().WorkflowName);
        Assert.Equal("true", single.Workflows[0].Rules[0].Expression);
        var array = RuleFileLoader.Parse("""
            // comments and trailing commas are fine
            [ { "WorkflowName": "A", "Rules": [ { "RuleName": "R", "Expression": "true", "Enabled": false, "Properties": { "owner": "sales" } } ] },
              { "WorkflowName": "B", "Rules": [ { "RuleName": "R", "Expression": "true" } ], }, ]
            """);
        Assert.Equal(["A", "B"], array.Workflows.Select(w => w.WorkflowName));
        Assert.False(array.Workflows[0].Rules[0].Enabled);
        Assert.NotNull(array.Workflows[0].Rules[0].Properties);
        var roundTrip = RuleFileLoader.Parse(RuleFileLoader.Serialize(array.Workflows));
        Assert.Equal(2, roundTrip.Workflows.Count);
    }

    [Fact]
    public void MalformedJsonNamesFileLineAndPosition()
    {
        var error = Assert.Throws<RuleLoadException>(() => RuleFileLoader.Parse("{\n  \"WorkflowName\": \"W\",\n  \"Rules\": [ { \"RuleName\": \"R\" \"Expression\": \"true\" } ]\n}", "segments/x.json"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(3, diagnostic.Line);
        Assert.Equal(32, diagnostic.Position);
        Assert.StartsWith("segments/x.json, line 3, position 32: invalid JSON: '\"' is invalid after a value.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongValueTypesNameTheJsonPath()
    {
        var error = Assert.Throws<RuleLoadException>(() => RuleFileLoader.Parse("""{ "WorkflowName": "W", "Rules": [ { "RuleName": "R", "Expression": "true", "Enabled": "yes" } ] }""", "f.json"));
        Assert.Contains("(at $.Rules[0].Enabled)", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Diagnostics[0].Line);
        var type = Assert.Throws<RuleLoadException>(() => RuleFileLoader.Parse("""{ "WorkflowName": "W", "Rules": [ { "RuleName": "R", "Expression": "true", "RuleExpressionType": "Other" } ] }"""));
        Assert.Contains("RuleExpressionType", type.Message, StringComparison.Ordinal);
        var scalar = Assert.Throws<RuleLoadException>(() => RuleFileLoader.Parse("42", "n.json"));
        Assert.Equal("n.json, line 1, position 1: a rule file holds a workflow object or an array of them, not a number", scalar.Message);
    }

    [Fact]
    public void StructuralProblemsAreAllReportedWithWorkflowRuleAndLine()
    {
        const string json = """
            [
              { "WorkflowName": "W",
                "Rules": [
                  { "RuleName": "NoExpression" },
                  { "RuleName": "BadOperator", "Operator": "Xor", "Rules": [ { "RuleName": "C", "Expression": "true" } ] },
                  { "RuleName": "Both", "Operator": "And", "Expression": "true", "Rules": [ { "RuleName": "C", "Expression": "true" } ] },
                  { "RuleName": "Dup", "Expression": "true" },
                  { "RuleName": "Dup", "Expression": "true" },
                  { "RuleName": "Act", "Expression": "true", "Actions": { "OnSuccess": { "Name": "SendMail" }, "OnFailure": { "Name": "OutputExpression" } } },
                  { "RuleName": "Params", "Expression": "true", "LocalParams": [ { "Name": "1bad", "Expression": "1" }, { "Name": "x", "Expression": "" } ] },
                  { "Expression": "true" }
                ] },
              { "Rules": [] }
            ]
            """;
        var error = Assert.Throws<RuleLoadException>(() => RuleFileLoader.Parse(json, "f.json"));
        Assert.Equal(
            [
                "f.json, line 4, workflow 'W', rule 'NoExpression': the rule has no Expression",
                "f.json, line 5, workflow 'W', rule 'BadOperator': Operator 'Xor' is not one of And, AndAlso, Or, OrElse",
                "f.json, line 6, workflow 'W', rule 'Both': a rule has either an Expression or nested Rules, not both",
                "f.json, line 7, workflow 'W', rule 'Dup': the rule name is used twice in the same list",
                "f.json, line 9, workflow 'W', rule 'Act': the OnSuccess action 'SendMail' is unknown (known: OutputExpression, EvaluateRule)",
                "f.json, line 9, workflow 'W', rule 'Act': the OnFailure action OutputExpression needs Context.Expression",
                "f.json, line 10, workflow 'W', rule 'Params': LocalParams #1 needs a Name that is a valid identifier",
                "f.json, line 10, workflow 'W', rule 'Params': LocalParams 'x' has no Expression",
                "f.json, workflow 'W': rule #8 has no RuleName",
                "f.json: workflow #2 has no WorkflowName",
                "f.json: the workflow has no rules",
            ],
            error.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void MissingFileIsADiagnosticNotACrash()
    {
        var error = Assert.Throws<RuleLoadException>(() => RuleFileLoader.Load("/nonexistent/rules.json"));
        Assert.StartsWith("/nonexistent/rules.json: cannot read the file:", error.Message, StringComparison.Ordinal);
    }
}
