using System.CommandLine;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Tools;

namespace CampaignFlow.Host.Cli;

/// <summary>
/// `campaignflow rules validate &lt;file|dir&gt;` and `campaignflow rules test &lt;file&gt; --workflow W --input name=json …`.
/// Exit 2 for an invalid file (each diagnostic on its own line: file, line/position or rule and column, problem),
/// a rule that does not compile (with its position) or bad inputs.
/// </summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var rules = new Command("rules", "Validate and test rule files (RulesEngine JSON).");
        rules.Subcommands.Add(Validate());
        rules.Subcommands.Add(Test());
        return rules;
    }

    private static Command Validate()
    {
        var path = new Argument<string>("file|dir") { Description = "A rule file, or a folder of them (searched recursively)." };
        var json = new Option<bool>("--json") { Description = "Print {valid, diagnostics} for scripts." };
        var command = new Command("validate", "Check rule files: JSON, structure, every expression typed against its inputs.") { path, json };
        command.SetAction((result, _) => CliServices.RunAsync(services =>
        {
            var diagnostics = services.GetRequiredService<RuleFileValidator>().Validate(result.GetValue(path)!);
            if (result.GetValue(json)) CliJson.Print(new { valid = diagnostics.Count == 0, diagnostics });
            else if (diagnostics.Count == 0) Console.WriteLine($"{result.GetValue(path)}: valid.");
            foreach (var diagnostic in diagnostics) Console.Error.WriteLine(Describe(diagnostic));
            return Task.FromResult(diagnostics.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput);
        }));
        return command;
    }

    private static Command Test()
    {
        var file = new Argument<string>("file") { Description = "The rule file." };
        var workflow = new Option<string>("--workflow") { Description = "The rule workflow to run, e.g. Segments.Prospects.", Required = true };
        var inputs = new Option<string[]>("--input")
        {
            Description = "An input as name=json (or name=@file.json); repeat for each input.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("test", "Run one rule workflow on inputs and print the results as JSON.") { file, workflow, inputs };
        command.SetAction((result, ct) => CliServices.RunAsync(async services =>
        {
            // A rule that does not compile: exit 2 with its position rather than a result whose rules all "failed".
            var diagnostics = services.GetRequiredService<RuleFileValidator>().Validate(result.GetValue(file)!);
            foreach (var diagnostic in diagnostics) await Console.Error.WriteLineAsync(Describe(diagnostic));
            if (diagnostics.Count > 0) return ExitCodes.BadInput;
            try
            {
                Console.WriteLine(await services.GetRequiredService<RuleTester>().RunAsync(
                    result.GetValue(file)!, result.GetValue(workflow)!, result.GetValue(inputs) ?? [], ct));
                return ExitCodes.Ok;
            }
            catch (RuleLoadException ex)
            {
                foreach (var diagnostic in ex.Diagnostics) await Console.Error.WriteLineAsync(Describe(diagnostic));
                return ExitCodes.BadInput;
            }
            catch (Exception ex) when (ex is RuleCompilationException or RuleExecutionException)
            {
                await Console.Error.WriteLineAsync($"campaignflow: {result.GetValue(file)}: {ex.Message}");
                return ExitCodes.BadInput;
            }
        }));
        return command;
    }

    private static string Describe(RuleDiagnostic diagnostic) =>
        diagnostic.Expression is null ? diagnostic.ToString() : $"{diagnostic} (in: {diagnostic.Expression})";
}
