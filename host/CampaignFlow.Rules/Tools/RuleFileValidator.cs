using System.Linq.Expressions;
using System.Text.RegularExpressions;
using CampaignFlow.Rules.Binding;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Facts;
using CampaignFlow.Rules.Loading;
using CampaignFlow.Rules.Model;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Rules.Tools;

/// <summary>
/// Checks rule files without running them (the `campaignflow rules validate` verb): JSON, structure, every
/// expression typed against the known inputs (RulesOptions.InputsFor(workflow); input1, input2 … are typed at run time and get
/// a syntax check only), references between workflows, and — for workflows named "Segments.*" — that the rule
/// compiles to a database filter over 'contact'.
/// </summary>
public sealed partial class RuleFileValidator(RulesOptions options)
{
    public const string SegmentPrefix = "Segments.";

    public RuleFileValidator(IOptions<RulesOptions> options)
        : this(options.Value)
    {
    }

    /// <summary>Validates a file or every rule file under a directory; an empty list means all is well.</summary>
    public IReadOnlyList<RuleDiagnostic> Validate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            var files = RuleFileLoader.RuleFilesIn(path).ToList();
            return files.Count == 0 ? [new RuleDiagnostic(path, null, null, "the folder holds no rule files (*.json)")] : ValidateFiles(files);
        }
        return File.Exists(path) ? ValidateFiles([path]) : [new RuleDiagnostic(path, null, null, "no such file or folder")];
    }

    /// <summary>Validates rule JSON text (e.g. a rule set posted to the API before it is stored).</summary>
    public IReadOnlyList<RuleDiagnostic> ValidateText(string json, string source = "(text)")
    {
        var (file, diagnostics) = RuleFileLoader.TryParse(json, source);
        if (file is null || diagnostics.Count > 0)
        {
            return diagnostics;
        }
        var result = CheckExpressions(file);
        result.AddRange(CheckReferences([file]));
        return result;
    }

    private List<RuleDiagnostic> ValidateFiles(IReadOnlyList<string> paths)
    {
        var diagnostics = new List<RuleDiagnostic>();
        var files = new List<RuleFile>();
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new RuleDiagnostic(path, null, null, $"cannot read the file: {ex.Message}"));
                continue;
            }
            var (file, problems) = RuleFileLoader.TryParse(text, path);
            diagnostics.AddRange(problems);
            if (file is not null && problems.Count == 0)
            {
                files.Add(file);
                diagnostics.AddRange(CheckExpressions(file));
            }
        }
        diagnostics.AddRange(CheckReferences(files));
        var duplicates = files.SelectMany(f => f.Workflows.Select(w => (f.Source, w.WorkflowName)))
            .GroupBy(x => x.WorkflowName, StringComparer.Ordinal).Where(g => g.Count() > 1);
        foreach (var duplicate in duplicates)
        {
            diagnostics.Add(new RuleDiagnostic(duplicate.Last().Source, duplicate.Key, null,
                $"workflow '{duplicate.Key}' is also defined in {duplicate.First().Source}"));
        }
        return diagnostics;
    }

    private List<RuleDiagnostic> CheckExpressions(RuleFile file)
    {
        var diagnostics = new List<RuleDiagnostic>();
        foreach (var workflow in file.Workflows)
        {
            var memory = new RuleExpressionBuilder(options, RuleCompileMode.Memory, IsRunTimeTyped);
            var inputs = new BindingScope();
            foreach (var (name, type) in options.InputsFor(workflow.WorkflowName))
            {
                inputs.Add(name, new Bound(Expression.Parameter(type, name)));
            }
            var before = diagnostics.Count;
            foreach (var rule in workflow.Rules)
            {
                CheckRule(file, workflow, rule, memory, inputs, diagnostics);
            }
            if (workflow.WorkflowName.StartsWith(SegmentPrefix, StringComparison.Ordinal) && diagnostics.Count == before)
            {
                CheckSegmentFilter(file, workflow, diagnostics);
            }
        }
        return diagnostics;
    }

    private void CheckRule(RuleFile file, RuleWorkflow workflow, Rule rule, RuleExpressionBuilder builder, BindingScope inputs, List<RuleDiagnostic> diagnostics)
    {
        if (rule.Rules is { Count: > 0 })
        {
            foreach (var child in rule.Rules)
            {
                CheckRule(file, workflow, child, builder, inputs, diagnostics);
            }
        }
        try
        {
            var scope = builder.BuildScope(inputs, workflow, rule);
            if (rule.Rules is not { Count: > 0 })
            {
                builder.LeafCondition(workflow, rule, scope);
            }
            foreach (var action in new[] { rule.Actions?.OnSuccess, rule.Actions?.OnFailure })
            {
                if (action is not null && string.Equals(action.Name, RuleActionInfo.OutputExpression, StringComparison.OrdinalIgnoreCase))
                {
                    builder.Value(workflow, rule, scope, action.GetContextText("Expression") ?? "", "the OutputExpression action");
                }
            }
        }
        catch (RuleCompilationException ex)
        {
            diagnostics.Add(ToDiagnostic(file, ex));
        }
        catch (UntypedInputException)
        {
            // Typed from the JSON given at run time; the syntax was checked while parsing.
        }
    }

    private void CheckSegmentFilter(RuleFile file, RuleWorkflow workflow, List<RuleDiagnostic> diagnostics)
    {
        try
        {
            new Filters.RuleFilterCompiler(options).CompileContactFilter(workflow);
        }
        catch (RuleCompilationException ex)
        {
            diagnostics.Add(ToDiagnostic(file, ex) with { Message = $"as a database filter over 'contact': {ex.Reason}" });
        }
    }

    private static IEnumerable<RuleDiagnostic> CheckReferences(IReadOnlyList<RuleFile> files)
    {
        var known = files.SelectMany(f => f.Workflows).Select(w => w.WorkflowName).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var workflow in file.Workflows)
            {
                foreach (var injected in workflow.WorkflowsToInject ?? [])
                {
                    if (!known.Contains(injected))
                    {
                        yield return new RuleDiagnostic(file.Source, workflow.WorkflowName, null, $"WorkflowsToInject names '{injected}', which is not defined in the validated files");
                    }
                }
                foreach (var rule in Flatten(workflow.Rules))
                {
                    foreach (var action in new[] { rule.Actions?.OnSuccess, rule.Actions?.OnFailure })
                    {
                        var target = action is not null && string.Equals(action.Name, RuleActionInfo.EvaluateRule, StringComparison.OrdinalIgnoreCase)
                            ? action.GetContextText("workflowName") : null;
                        if (target is not null && !known.Contains(target))
                        {
                            yield return new RuleDiagnostic(file.Source, workflow.WorkflowName, rule.RuleName,
                                $"the EvaluateRule action names workflow '{target}', which is not defined in the validated files",
                                RuleFileLoader.FindLine(file.Text, "RuleName", rule.RuleName));
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<Rule> Flatten(IEnumerable<Rule> rules) =>
        rules.SelectMany(r => new[] { r }.Concat(Flatten(r.Rules ?? [])));

    private static RuleDiagnostic ToDiagnostic(RuleFile file, RuleCompilationException ex) =>
        new(file.Source, ex.Workflow, ex.Rule, ex.Reason, ex.Rule is null ? null : RuleFileLoader.FindLine(file.Text, "RuleName", ex.Rule),
            null, ex.Column, ex.Expression);

    private static bool IsRunTimeTyped(string name) => RunTimeInput().IsMatch(name);

    [GeneratedRegex("^input[0-9]+$")]
    private static partial Regex RunTimeInput();
}
