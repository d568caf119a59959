using System.Dynamic;
using System.Text.Json;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Inputs;
using CampaignFlow.Rules.Loading;

namespace CampaignFlow.Rules.Tests;

/// <summary>RulesEngine.AllRulesSucceed (the verdict-only fast path) says what the full result trees say.</summary>
public sealed class EngineVerdictTests
{
    private static Engine.RulesEngine Engine(string json) => new(RuleFileLoader.Parse(json, "test.json").Workflows);

    private static async Task AssertSameVerdict(Engine.RulesEngine engine, string workflow, params RuleParameter[] inputs)
    {
        var results = await engine.ExecuteAllRulesAsync(workflow, inputs);
        Assert.Equal(results.All(r => r.IsSuccess), engine.AllRulesSucceed(workflow, inputs));
    }

    [Fact]
    public async Task Nested_operators_disabled_rules_and_params_give_the_result_trees_verdict()
    {
        var engine = Engine("""
            { "WorkflowName": "W",
              "GlobalParams": [ { "Name": "lineTotal", "Expression": "order.Lines.Sum(l => l.Price * l.Qty)" } ],
              "Rules": [
              { "RuleName": "All", "Operator": "AndAlso", "Rules": [
                  { "RuleName": "A", "Expression": "order.Quantity >= 3" },
                  { "RuleName": "B", "LocalParams": [ { "Name": "big", "Expression": "lineTotal > 20" } ], "Expression": "big || order.Name == \"x\"" } ] },
              { "RuleName": "Any", "Operator": "OrElse", "Rules": [
                  { "RuleName": "C", "Expression": "order.Lines.Select(l => l.Item).Contains(\"B\")" },
                  { "RuleName": "D", "Expression": "order.Name == \"x\"" },
                  { "RuleName": "Off", "Expression": "order.Name.Nope", "Enabled": false } ] },
              { "RuleName": "Empty", "Operator": "And", "Rules": [ { "RuleName": "Off2", "Expression": "false", "Enabled": false } ] },
              { "RuleName": "Skipped", "Expression": "false", "Enabled": false } ] }
            """);
        Assert.True(engine.AllRulesSucceed("W", RuleParameter.Create("order", new Order())));
        foreach (var order in new[]
        {
            new Order(), new Order { Quantity = 1 }, new Order { Name = "x", Lines = [] }, new Order { Lines = [new() { Item = "Z", Qty = 1, Price = 1 }] },
            new Order { Name = "x", Quantity = 9, Lines = [new() { Item = "B", Qty = 1, Price = 1 }] },
        })
        {
            await AssertSameVerdict(engine, "W", RuleParameter.Create("order", order));
        }
    }

    [Fact]
    public void Rules_that_throw_or_do_not_compile_are_never_a_success()
    {
        var throws = Engine("""{ "WorkflowName": "W", "Rules": [ { "RuleName": "R", "Expression": "order.Note.Length > 0 || true" } ] }""");
        Assert.False(throws.AllRulesSucceed("W", RuleParameter.Create("order", new Order())));
        var broken = Engine("""{ "WorkflowName": "W", "Rules": [ { "RuleName": "R", "Expression": "order.Nope == 1" } ] }""");
        Assert.False(broken.AllRulesSucceed("W", RuleParameter.Create("order", new Order())));
        var nestedBroken = Engine("""{ "WorkflowName": "W", "Rules": [ { "RuleName": "R", "Operator": "Or", "Rules": [ { "RuleName": "A", "Expression": "order.Nope" }, { "RuleName": "B", "Expression": "true" } ] } ] }""");
        Assert.True(nestedBroken.AllRulesSucceed("W", RuleParameter.Create("order", new Order())));
    }

    [Fact]
    public async Task Plain_json_and_expando_inputs_work_as_in_the_full_run()
    {
        var engine = new Engine.RulesEngine(RuleFileLoader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "rulesengine-readme-discount.json")).Workflows);
        dynamic input1 = new ExpandoObject();
        input1.country = "india";
        input1.loyaltyFactor = 1;
        input1.totalPurchasesToDate = 6000;
        dynamic input2 = new ExpandoObject();
        input2.totalOrders = 3;
        dynamic input3 = new ExpandoObject();
        input3.noOfVisitsPerMonth = 4;
        await AssertSameVerdict(engine, "Discount", new RuleParameter("input1", (object)input1), new RuleParameter("input2", (object)input2), new RuleParameter("input3", (object)input3));
        using var json = JsonDocument.Parse("""{"country":"india","loyaltyFactor":1,"totalPurchasesToDate":6000.50}""");
        await AssertSameVerdict(engine, "Discount", new RuleParameter("input1", json.RootElement));
    }

    [Fact]
    public void Unknown_workflows_and_duplicate_inputs_are_caller_errors()
    {
        var engine = Engine("""{"WorkflowName":"W","Rules":[{"RuleName":"R","Expression":"true"}]}""");
        Assert.Equal("workflow 'Nope' is not registered (registered: W)",
            Assert.Throws<RuleExecutionException>(() => engine.AllRulesSucceed("Nope", new RuleParameter("x", 1))).Message);
        Assert.Equal("input 'x' is given twice",
            Assert.Throws<RuleExecutionException>(() => engine.AllRulesSucceed("W", new RuleParameter("x", 1), new RuleParameter("x", 2))).Message);
    }

    [Fact]
    public async Task The_compile_cache_tells_input_types_and_json_shapes_apart()
    {
        var engine = Engine("""{ "WorkflowName": "W", "Rules": [ { "RuleName": "R", "Expression": "x.Quantity > 2" } ] }""");
        Assert.True(engine.AllRulesSucceed("W", RuleParameter.Create("x", new Order { Quantity = 3 })));
        using var small = JsonDocument.Parse("""{"Quantity": 1}""");
        Assert.False(engine.AllRulesSucceed("W", new RuleParameter("x", small.RootElement)));
        using var other = JsonDocument.Parse("""{"Quantity": 5, "Name": "n"}""");
        Assert.True(engine.AllRulesSucceed("W", new RuleParameter("x", other.RootElement)));
        using var missing = JsonDocument.Parse("""{"Name": "n"}""");
        var results = await engine.ExecuteAllRulesAsync("W", new RuleParameter("x", missing.RootElement));
        Assert.Contains("has no member 'Quantity'", results[0].ExceptionMessage, StringComparison.Ordinal);
        Assert.False(engine.AllRulesSucceed("W", new RuleParameter("x", missing.RootElement)));
    }
}
