using System.Dynamic;
using System.Text.Json;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Engine;
using CampaignFlow.Rules.Inputs;
using CampaignFlow.Rules.Loading;
using CampaignFlow.Rules.Model;

namespace CampaignFlow.Rules.Tests;

public sealed class EngineTests
{
    private static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    private static Engine.RulesEngine Engine(string json)
    {
        var file = RuleFileLoader.Parse(json, "test.json");
        return new Engine.RulesEngine(file.Workflows);
    }

    [Fact]
    public async Task RulesEngineReadmeExampleRunsUnchangedWithExpandoObjects()
    {
        var engine = new Engine.RulesEngine(RuleFileLoader.Load(TestData("rulesengine-readme-discount.json")).Workflows);
        dynamic input1 = new ExpandoObject();
        input1.name = "hello";
        input1.email = "abcy@xyz.com";
        input1.creditHistory = "good";
        input1.country = "india";
        input1.loyaltyFactor = 3;
        input1.totalPurchasesToDate = 10000;
        dynamic input2 = new ExpandoObject();
        input2.totalOrders = 5;
        input2.recurringItems = 2;
        dynamic input3 = new ExpandoObject();
        input3.noOfVisitsPerMonth = 10;
        input3.percentageOfBuyingToVisit = 15;

        List<RuleResultTree> results = await engine.ExecuteAllRulesAsync("Discount", (object)input1, (object)input2, (object)input3);

        Assert.Equal(["GiveDiscount10", "GiveDiscount20", "GiveDiscount25", "GiveDiscount30NestedOrExample"], results.Select(r => r.Rule.RuleName));
        Assert.Equal([false, true, false, false], results.Select(r => r.IsSuccess));
        Assert.Equal("20", results.Single(r => r.IsSuccess).SuccessEvent);
        Assert.Equal("One or more adjust rules failed.", results[0].ExceptionMessage);
        Assert.Null(results[1].ExceptionMessage);
        Assert.Equal(2, results[3].ChildResults!.Count);
        Assert.Equal("india", ((JsonRecord)results[0].Inputs["input1"]!).Get("country"));
    }

    [Fact]
    public async Task JsonInputsAreTypedFromTheirShape()
    {
        var engine = new Engine.RulesEngine(RuleFileLoader.Load(TestData("rulesengine-readme-discount.json")).Workflows);
        using var input1 = JsonDocument.Parse("""{"country":"india","loyaltyFactor":1,"totalPurchasesToDate":6000.50}""");
        var results = await engine.ExecuteAllRulesAsync("Discount",
            new RuleParameter("input1", input1.RootElement),
            new RuleParameter("input2", JsonDocument.Parse("""{"totalOrders":3}""").RootElement),
            new RuleParameter("input3", new Dictionary<string, object?> { ["noOfVisitsPerMonth"] = 4 }));
        Assert.Equal("10", Assert.Single(results, r => r.IsSuccess).SuccessEvent);
    }

    [Fact]
    public async Task MissingOrMisspelledInputsFailTheRuleWithAClearMessage()
    {
        var engine = new Engine.RulesEngine(RuleFileLoader.Load(TestData("rulesengine-readme-discount.json")).Workflows);
        var results = await engine.ExecuteAllRulesAsync("Discount", new RuleParameter("input1", JsonDocument.Parse("""{"country":"india","loyaltyFactor":1,"totalPurchasesToDate":6000}""").RootElement));
        Assert.All(results, r => Assert.False(r.IsSuccess));
        Assert.Equal("rule 'GiveDiscount10' in workflow 'Discount', column 101: unknown name 'input2' (known names: input1)", results[0].ExceptionMessage);
        var shapeResults = await engine.ExecuteAllRulesAsync("Discount",
            new RuleParameter("input1", JsonDocument.Parse("""{"country":"india"}""").RootElement),
            new RuleParameter("input2", JsonDocument.Parse("{}").RootElement),
            new RuleParameter("input3", JsonDocument.Parse("{}").RootElement));
        Assert.Equal("rule 'GiveDiscount10' in workflow 'Discount', column 38: 'input1' has no member 'loyaltyFactor' (members: country)", shapeResults[0].ExceptionMessage);
    }

    [Fact]
    public async Task UnknownWorkflowAndDuplicateInputsAreCallerErrors()
    {
        var engine = Engine("""{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"true"}]}""");
        var unknown = await Assert.ThrowsAsync<RuleExecutionException>(async () => await engine.ExecuteAllRulesAsync("Nope", new RuleParameter("x", 1)));
        Assert.Equal("workflow 'Nope' is not registered (registered: W)", unknown.Message);
        var twice = await Assert.ThrowsAsync<RuleExecutionException>(async () => await engine.ExecuteAllRulesAsync("W", new RuleParameter("x", 1), new RuleParameter("x", 2)));
        Assert.Equal("input 'x' is given twice", twice.Message);
    }

    [Fact]
    public async Task ErrorMessagePlaceholdersAreFilledFromTheInputs()
    {
        var engine = Engine("""
            { "WorkflowName": "W", "Rules": [ {
                "RuleName": "Big", "Expression": "order.Total > 1000",
                "ErrorMessage": "order $(order.Name) totals $(order.Total), less than 1000; $(order.Nope) stays" } ] }
            """);
        var result = (await engine.ExecuteAllRulesAsync("W", RuleParameter.Create("order", new Order())))[0];
        Assert.False(result.IsSuccess);
        Assert.Equal("order Widget totals 150.25, less than 1000; $(order.Nope) stays", result.ExceptionMessage);
    }

    [Fact]
    public async Task GlobalAndLocalParamsAreEvaluatedInOrder()
    {
        var engine = Engine("""
            { "WorkflowName": "W",
              "GlobalParams": [ { "Name": "lineTotal", "Expression": "order.Lines.Sum(l => l.Price * l.Qty)" } ],
              "Rules": [ {
                "RuleName": "R",
                "LocalParams": [ { "Name": "doubled", "Expression": "lineTotal * 2" }, { "Name": "isBig", "Expression": "doubled > 50" } ],
                "Expression": "isBig AND doubled == 55 AND lineTotal == 27.5" } ] }
            """);
        Assert.True((await engine.ExecuteAllRulesAsync("W", RuleParameter.Create("order", new Order())))[0].IsSuccess);
    }

    [Fact]
    public async Task NestedOperatorsCombineChildResults()
    {
        var engine = Engine("""
            { "WorkflowName": "W", "Rules": [
              { "RuleName": "All", "Operator": "And", "Rules": [
                  { "RuleName": "A", "Expression": "order.Quantity == 3" },
                  { "RuleName": "B", "Expression": "order.Name == \"x\"", "ErrorMessage": "not x" } ] },
              { "RuleName": "Any", "Operator": "Or", "Rules": [
                  { "RuleName": "C", "Expression": "order.Quantity == 3" },
                  { "RuleName": "D", "Expression": "order.Name == \"x\"" },
                  { "RuleName": "Off", "Expression": "order.Name.Nope", "Enabled": false } ] } ] }
            """);
        var results = await engine.ExecuteAllRulesAsync("W", RuleParameter.Create("order", new Order()));
        Assert.False(results[0].IsSuccess);
        Assert.Equal([true, false], results[0].ChildResults!.Select(c => c.IsSuccess));
        Assert.Equal("not x", results[0].ChildResults![1].ExceptionMessage);
        Assert.True(results[1].IsSuccess);
        Assert.Equal(2, results[1].ChildResults!.Count);
    }

    [Fact]
    public async Task ActionsProduceOutputAndEvaluateOtherRules()
    {
        var engine = Engine("""
            [ { "WorkflowName": "Pricing", "Rules": [
                { "RuleName": "Discount", "Expression": "order.Total > 100",
                  "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "order.Total * 0.9" } },
                               "OnFailure": { "Name": "OutputExpression", "Context": { "expression": "order.Total" } } } },
                { "RuleName": "Chained", "Expression": "true",
                  "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "workflowName": "Pricing", "ruleName": "Discount" } } } },
                { "RuleName": "Broken", "Expression": "true",
                  "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "order.Total / (order.Quantity - 3)" } } } } ] } ]
            """);
        var results = await engine.ExecuteAllRulesAsync("Pricing", RuleParameter.Create("order", new Order()));
        Assert.Equal(135.225m, results[0].ActionResult!.Output);
        Assert.Equal(135.225m, results[1].ActionResult!.Output);
        Assert.IsType<DivideByZeroException>(results[2].ActionResult!.Exception);
        var cheap = await engine.ExecuteAllRulesAsync("Pricing", RuleParameter.Create("order", new Order { Total = 50 }));
        Assert.Equal(50m, cheap[0].ActionResult!.Output);
        var action = await engine.ExecuteActionWorkflowAsync("Pricing", "Discount", RuleParameter.Create("order", new Order()));
        Assert.Equal(135.225m, action.Output);
    }

    [Fact]
    public async Task RuleThatThrowsIsNeverASuccess()
    {
        var engine = Engine("""{ "WorkflowName": "W", "Rules": [ { "RuleName": "R", "Expression": "order.Note.Length > 0 || true" } ] }""");
        var result = (await engine.ExecuteAllRulesAsync("W", RuleParameter.Create("order", new Order())))[0];
        Assert.False(result.IsSuccess);
        Assert.StartsWith("Error while executing rule 'R': Object reference not set", result.ExceptionMessage, StringComparison.Ordinal);
        var safe = Engine("""{ "WorkflowName": "W", "Rules": [ { "RuleName": "R", "Expression": "np(order.Note.Length) > 0 || true" } ] }""");
        Assert.True((await safe.ExecuteAllRulesAsync("W", RuleParameter.Create("order", new Order())))[0].IsSuccess);
    }

    [Fact]
    public async Task InjectedWorkflowsAddTheirRules()
    {
        var engine = Engine("""
            [ { "WorkflowName": "Base", "Rules": [ { "RuleName": "B", "Expression": "order.Quantity > 0" } ] },
              { "WorkflowName": "Main", "WorkflowsToInject": [ "Base" ], "Rules": [ { "RuleName": "M", "Expression": "true" } ] },
              { "WorkflowName": "Dangling", "WorkflowsToInject": [ "Nope" ], "Rules": [ { "RuleName": "D", "Expression": "true" } ] } ]
            """);
        var results = await engine.ExecuteAllRulesAsync("Main", RuleParameter.Create("order", new Order()));
        Assert.Equal(["M", "B"], results.Select(r => r.Rule.RuleName));
        var error = await Assert.ThrowsAsync<RuleExecutionException>(async () => await engine.ExecuteAllRulesAsync("Dangling", RuleParameter.Create("order", new Order())));
        Assert.Equal("workflow 'Dangling' injects 'Nope', which is not registered", error.Message);
    }

    [Fact]
    public async Task CompilesOncePerInputTypesAndIsThreadSafe()
    {
        var engine = Engine("""{ "WorkflowName": "W", "Rules": [ { "RuleName": "R", "Expression": "x.Quantity > 2" } ] }""");
        var outcomes = new bool[400];
        await Parallel.ForAsync(0, outcomes.Length, async (i, _) =>
        {
            var input = i % 2 == 0
                ? RuleParameter.Create("x", new Order { Quantity = i % 4 })
                : new RuleParameter("x", JsonDocument.Parse($$"""{"Quantity": {{i % 4}} }""").RootElement);
            outcomes[i] = (await engine.ExecuteAllRulesAsync("W", input))[0].IsSuccess;
        });
        Assert.All(Enumerable.Range(0, outcomes.Length), i => Assert.Equal(i % 4 == 3, outcomes[i]));
        engine.AddOrUpdateWorkflow(RuleFileLoader.Parse("""{ "WorkflowName": "W", "Rules": [ { "RuleName": "R", "Expression": "x.Quantity > 0" } ] }""").Workflows[0]);
        Assert.True((await engine.ExecuteAllRulesAsync("W", RuleParameter.Create("x", new Order { Quantity = 1 })))[0].IsSuccess);
    }

    [Fact]
    public void RegisteringAnInvalidWorkflowIsRefused()
    {
        var engine = new Engine.RulesEngine();
        var error = Assert.Throws<RuleLoadException>(() => engine.AddWorkflow(new RuleWorkflow { WorkflowName = "W", Rules = [new Rule { RuleName = "R" }] }));
        Assert.Equal("(registered), workflow 'W', rule 'R': the rule has no Expression", error.Message);
    }
}
