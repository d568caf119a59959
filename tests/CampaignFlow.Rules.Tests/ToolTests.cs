using System.Text.Json;
using CampaignFlow.Campaigns.Eligibility;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Engine;
using CampaignFlow.Rules.Inputs;
using CampaignFlow.Rules.Loading;
using CampaignFlow.Rules.Tools;
using CampaignFlow.Workflows.Hosting.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Rules.Tests;

public sealed class ToolTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "rules");
    private readonly string _temp = Directory.CreateTempSubdirectory("cf-rules-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>The options as the host sets them: discount workflows take the eligibility inputs.</summary>
    private static RulesOptions ProductOptions()
    {
        var options = new RulesOptions();
        options.WorkflowInputs["Discounts."] = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            [EligibilityInput.CustomerInput] = typeof(EligibilityCustomer),
            [EligibilityInput.ContactInput] = typeof(EligibilityContact),
            [EligibilityInput.LineInput] = typeof(EligibilityLine),
            [EligibilityInput.CampaignInput] = typeof(EligibilityCampaign),
        };
        options.WorkflowInputs["Workflows."] = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            ["campaign"] = typeof(WorkflowRuleCampaign),
            ["contact"] = typeof(WorkflowRuleContact),
        };
        return options;
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void ShippedRulesValidate()
    {
        Assert.True(File.Exists(Path.Combine(Shipped, "rules.schema.json")));
        var diagnostics = new RuleFileValidator(ProductOptions()).Validate(Shipped);
        Assert.Empty(diagnostics);
        var withoutDiscountInputs = new RuleFileValidator(new RulesOptions()).Validate(Path.Combine(Shipped, "discounts", "campaign-eligibility.json"));
        Assert.Contains(withoutDiscountInputs, d => d.Message.StartsWith("unknown name 'customer' (known names: contact)", StringComparison.Ordinal));
        Assert.True(RuleFileLoader.LoadDirectory(Shipped).Count >= 7);
    }

    [Fact]
    public void ValidatorReportsExpressionErrorsWithLineAndColumn()
    {
        var path = Write("bad.json", """
            [
              { "WorkflowName": "Segments.Bad",
                "Rules": [
                  { "RuleName": "Typo", "Expression": "contact.Nmae == \"x\"" },
                  { "RuleName": "TypeError", "Expression": "contact.Name > 3" },
                  { "RuleName": "Unknown", "Expression": "contakt.Name == \"x\"" },
                  { "RuleName": "Syntax", "Expression": "(input1.a == 1" },
                  { "RuleName": "RunTimeTyped", "Expression": "input1.anything == 1" },
                  { "RuleName": "Jump", "Expression": "true", "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "workflowName": "Nowhere", "ruleName": "X" } } } }
                ] }
            ]
            """);
        var diagnostics = new RuleFileValidator(new RulesOptions()).Validate(path);
        Assert.Equal(
            [
                $"{path}, line 4, workflow 'Segments.Bad', rule 'Typo', column 9: 'contact' has no member 'Nmae' (members: BusinessRelations, City, Company, CompanyName, CompanyNo, CorrespondenceType, CountryRegionCode, CustomerNo, Email, ExcludeFromSegment, HasEmail, IndustryGroups, Interactions, JobResponsibilities, LanguageCode, MailingGroups, Name, No, PhoneNo, PostCode, PrivacyBlocked, SalespersonCode, TerritoryCode, Type)",
                $"{path}, line 5, workflow 'Segments.Bad', rule 'TypeError', column 14: operator '>' cannot compare a string with an int",
                $"{path}, line 6, workflow 'Segments.Bad', rule 'Unknown', column 1: unknown name 'contakt' (known names: contact)",
                $"{path}, line 7, workflow 'Segments.Bad', rule 'Syntax', column 15: missing ')' to close the '(' at column 1, found the end of the expression",
                $"{path}, line 9, workflow 'Segments.Bad', rule 'Jump': the EvaluateRule action names workflow 'Nowhere', which is not defined in the validated files",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ValidatorChecksSegmentRulesCompileToSql()
    {
        var options = new RulesOptions();
        options.Functions.Register("Shout", typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!);
        var diagnostics = new RuleFileValidator(options).ValidateText("""{ "WorkflowName": "Segments.X", "Rules": [ { "RuleName": "R", "Expression": "Shout(contact.Name, \"!\") == \"A!\"" } ] }""", "x.json");
        Assert.Equal("x.json, line 1, workflow 'Segments.X', rule 'R', column 1: as a database filter over 'contact': 'Shout' runs in memory only; in a database filter its arguments cannot depend on the inputs", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void ValidatorReportsMissingPathsAndMalformedFiles()
    {
        var validator = new RuleFileValidator(new RulesOptions());
        Assert.Equal("/nope: no such file or folder", Assert.Single(validator.Validate("/nope")).ToString());
        Write("broken.json", "{ \"WorkflowName\": ");
        var broken = Assert.Single(validator.Validate(_temp));
        Assert.Equal(1, broken.Line);
        Assert.StartsWith("invalid JSON:", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TesterRunsAShippedDiscountRuleOnJsonInputs()
    {
        var file = Path.Combine(Shipped, "discounts", "campaign-eligibility.json");
        var contactFile = Write("contact.json", """
            { "No": "K1", "Name": "Cannon Group", "Type": "Company", "CompanyNo": "K1", "BusinessRelations": [ "PROS", "CUST" ], "IndustryGroups": [] }
            """);
        var json = await new RuleTester(ProductOptions()).RunAsync(file, "Discounts.CampaignEligibilityExamples",
        [
            $"contact=@{contactFile}",
            """customer={"No":"C10000","Name":"Cannon","CountryRegionCode":"FR","CurrencyCode":""}""",
            """line={"ItemNo":"1000","Quantity":120,"CurrencyCode":"EUR","Amount":4800,"Date":"2024-12-20"}""",
        ]);
        using var document = JsonDocument.Parse(json);
        var results = document.RootElement.GetProperty("results");
        Assert.Equal("Discounts.CampaignEligibilityExamples", document.RootElement.GetProperty("workflow").GetString());
        Assert.All(results.EnumerateArray(), r => Assert.True(r.GetProperty("IsSuccess").GetBoolean(), r.ToString()));
        Assert.Equal(5.0m, results[0].GetProperty("ActionOutput").GetDecimal());
        Assert.Equal(10, results[2].GetProperty("ActionOutput").GetInt32());
        Assert.Equal(2, results[1].GetProperty("ChildResults").GetArrayLength());
    }

    [Fact]
    public async Task ShippedDiscountRulesRunOnTheEligibilityInputsAndExplainFailures()
    {
        var engine = new Engine.RulesEngine(RuleFileLoader.Load(Path.Combine(Shipped, "discounts", "campaign-eligibility.json")).Workflows);
        var results = await engine.ExecuteAllRulesAsync("Discounts.CampaignEligibilityExamples",
            RuleParameter.Create(EligibilityInput.CustomerInput, EligibilityCustomer.None with { No = "C2", CountryRegionCode = "SE" }),
            RuleParameter.Create(EligibilityInput.ContactInput, EligibilityContact.None),
            RuleParameter.Create(EligibilityInput.LineInput, new EligibilityLine("1000", "", 3, "PCS", "", 10, 30, new DateOnly(2024, 12, 22))));
        Assert.All(results, r => Assert.False(r.IsSuccess));
        Assert.Equal("customer C2 is not a converted prospect", results[0].ExceptionMessage);
        Assert.Equal("quantity 3 of item 1000 is below the minimum of 10", results[1].ExceptionMessage);
        Assert.Equal("customer C2 is outside the campaign's countries", results[3].ExceptionMessage);
    }

    [Fact]
    public async Task TesterRejectsBadInputsClearly()
    {
        var file = Path.Combine(Shipped, "segments", "prospects.json");
        var tester = new RuleTester(new RulesOptions());
        var noEquals = await Assert.ThrowsAsync<RuleExecutionException>(() => tester.RunAsync(file, "Segments.Prospects", ["contact"]));
        Assert.Equal("input 'contact' must be written name=json, e.g. contact={\"Name\":\"Ann\"}", noEquals.Message);
        var badJson = await Assert.ThrowsAsync<RuleExecutionException>(() => tester.RunAsync(file, "Segments.Prospects", ["contact={\"Name\": }"]));
        Assert.StartsWith("input 'contact': invalid JSON at line 1, position 10:", badJson.Message, StringComparison.Ordinal);
        var unknown = await Assert.ThrowsAsync<RuleExecutionException>(() => tester.RunAsync(file, "Segments.Nope", ["contact={}"]));
        Assert.Equal("workflow 'Segments.Nope' is not registered (registered: Segments.Prospects)", unknown.Message);
        var json = await tester.RunAsync(file, "Segments.Prospects", ["contakt={}"]);
        Assert.Contains("unknown name 'contact' (known names: contakt)", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ServicesResolveWithConfiguredOptions()
    {
        var services = new ServiceCollection();
        services.AddCampaignFlowRules(o => o.Functions.Register("DateFormula", typeof(TestFunctions), nameof(TestFunctions.EndOfMonthPlus)));
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<Engine.RulesEngine>();
        Assert.NotNull(engine.Options.Functions.Find("DateFormula"));
        var compiler = provider.GetRequiredService<Filters.RuleFilterCompiler>();
        Assert.Same(engine.Options, compiler.Options);
        Assert.NotNull(provider.GetRequiredService<RuleFileValidator>());
        Assert.NotNull(provider.GetRequiredService<RuleTester>());
    }
}
