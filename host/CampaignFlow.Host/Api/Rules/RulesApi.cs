using CampaignFlow.Domain.Security;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules;
using CampaignFlow.Rules.Loading;
using CampaignFlow.Rules.Tools;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Api.Rules;

/// <summary>
/// Rules: the shipped files (GET /api/rules/files, viewer; the stored rule sets are <see cref="RuleSetsApi"/>), validate rule JSON and test a rule workflow on inputs. Validate and test only
/// compute (nothing is stored), so marketing may use them, as they build segments from rules; "file" must name a
/// file inside the rules folder.
/// </summary>
public static class RulesApi
{
    public static RouteGroupBuilder MapRulesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/rules").WithTags("Rules");
        group.MapGet("/files", (IOptions<RulesOptions> rules, IConfiguration configuration) =>
            Results.Ok(ShippedRuleFiles.List(rules.Value.RulesDirectory, configuration["Workflows:DefinitionsPath"])))
            .RequireAuthorization(Roles.Viewer);
        group.MapPost("/validate", async (HttpRequest request, RuleFileValidator validator, CancellationToken ct) =>
        {
            var diagnostics = validator.ValidateText(await RawBody.ReadAsync(request, ct), "(request body)");
            return Results.Ok(new RuleValidationResponse(diagnostics.Count == 0, diagnostics));
        }).RequireAuthorization(Roles.Marketing).Accepts<object>("application/json");
        group.MapPost("/test", (RuleTestRequest body, RuleTester tester, RuleFileValidator validator, IOptions<RulesOptions> rules, CancellationToken ct) =>
            TestAsync(body, tester, validator, rules.Value.RulesDirectory, ct)).RequireAuthorization(Roles.Marketing);
        return group;
    }

    private static async Task<IResult> TestAsync(RuleTestRequest body, RuleTester tester, RuleFileValidator validator, string rulesDirectory, CancellationToken ct)
    {
        if ((body.File is null) == (body.Json is null))
            throw new ApiValidationException(nameof(RuleTestRequest.File), "give either 'file' (a shipped rule file) or 'json' (rule JSON), not both or neither.");
        string? temporary = null;
        try
        {
            var path = body.File is { } file ? ResolveShipped(rulesDirectory, file) : temporary = await WriteTemporaryAsync(body.Json!.Value, ct);
            // A rule that does not compile is a bad request with its position, not a result whose rules all "failed".
            if (validator.Validate(path) is { Count: > 0 } diagnostics)
                return Invalid(body, diagnostics);
            var inputs = body.Inputs.Select(i => $"{i.Key}={i.Value.GetRawText()}");
            return Results.Text(await tester.RunAsync(path, body.Workflow!, inputs, ct), "application/json");
        }
        catch (RuleLoadException ex)
        {
            return Invalid(body, ex.Diagnostics);
        }
        catch (RuleCompilationException ex)
        {
            throw new ApiValidationException("workflow", ex.Message);
        }
        catch (RuleExecutionException ex)
        {
            throw new ApiValidationException(ex.Message.StartsWith("input", StringComparison.Ordinal) ? "inputs" : "workflow", ex.Message);
        }
        finally
        {
            if (temporary is not null) File.Delete(temporary);
        }
    }

    private static IResult Invalid(RuleTestRequest body, IReadOnlyList<RuleDiagnostic> diagnostics) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [body.File is null ? "json" : "file"] = [.. diagnostics.Select(d => d.ToString())] },
            title: "The rule file is not valid");

    /// <summary>A path inside the rules folder only: no way out with .. or an absolute path.</summary>
    private static string ResolveShipped(string rulesDirectory, string file)
    {
        var root = Path.GetFullPath(rulesDirectory) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, file));
        if (!full.StartsWith(root, StringComparison.Ordinal) || !File.Exists(full))
            throw new ApiValidationException(nameof(RuleTestRequest.File), $"'{file}' is not a rule file of the rules folder (see GET /api/rules/files).");
        return full;
    }

    private static async Task<string> WriteTemporaryAsync(System.Text.Json.JsonElement json, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cf-rule-test-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json.GetRawText(), ct);
        return path;
    }

    /// <summary>Lists the rule files and workflow definition files.</summary>
    private static class ShippedRuleFiles
    {
        public static IReadOnlyList<ShippedRuleFile> List(string rulesDirectory, string? workflowsDirectory)
        {
            var files = new List<ShippedRuleFile>();
            if (Directory.Exists(rulesDirectory))
            {
                foreach (var path in RuleFileLoader.RuleFilesIn(rulesDirectory).Order(StringComparer.Ordinal))
                {
                    var relative = Path.GetRelativePath(rulesDirectory, path).Replace('\\', '/');
                    try
                    {
                        files.Add(new("rules", relative, [.. RuleFileLoader.Load(path).Workflows.Select(w => w.WorkflowName)], null));
                    }
                    catch (RuleLoadException ex)
                    {
                        files.Add(new("rules", relative, [], ex.Message));
                    }
                }
            }
            if (workflowsDirectory is not null && Directory.Exists(workflowsDirectory))
            {
                foreach (var path in Directory.EnumerateFiles(workflowsDirectory, "*.json").Where(p => !p.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                    files.Add(new("workflow", Path.GetFileName(path), [WorkflowId(path)], null));
            }
            return files;
        }

        private static string WorkflowId(string path)
        {
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
                return document.RootElement.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "";
            }
            catch (System.Text.Json.JsonException)
            {
                return "";
            }
        }
    }
}
