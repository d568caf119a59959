using System.Text.Json;
using System.Text.RegularExpressions;
using CampaignFlow.Domain;
using CampaignFlow.Interactions.Templates;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api;

/// <summary>
/// Turns the exceptions a request can raise into RFC 7807 problem details: a broken domain rule or a bad
/// value → 400 with the field named; unreadable JSON → 400 with the JSON path; a body over the limit → 413;
/// a concurrent change or a clash with stored rows → 409. Anything else stays a plain 500.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, errors) = Describe(exception);
        if (status == 0) return false;
        httpContext.Response.StatusCode = status;
        var problem = errors is null
            ? new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail }
            : new HttpValidationProblemDetails(errors) { Status = status, Title = title, Detail = detail };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static (int Status, string Title, string? Detail, Dictionary<string, string[]>? Errors) Describe(Exception exception) => exception switch
    {
        TemplateSyntaxException ex => (400, "The template does not compile", ex.Message,
            Field($"Contents[{ex.LanguageCode}].{char.ToUpperInvariant(ex.Part[0])}{ex.Part[1..]}", $"line {ex.Line}, column {ex.Column}: {ex.Problem}")),
        DomainException ex => (400, "The request breaks a rule", ex.Message, Field(ex.Field ?? ex.Record, ex.Reason)),
        ApiValidationException ex => (400, "The request is not valid", ex.Message, Field(ex.Field, ex.Reason)),
        ApiConflictException ex => (409, "Conflict", ex.Message, null),
        CampaignFlow.Segments.SegmentConcurrencyException ex => (409, "Conflict", ex.Message, Field("Version", $"is stale: you read {ex.ExpectedVersion}, the segment is at {ex.ActualVersion}; reload it and retry.")),
        DbUpdateConcurrencyException => (409, "Conflict", "The record was changed by someone else since you read it; read it again and retry.", null),
        DbUpdateException ex => (409, "Conflict", $"The store refused the change: {ex.InnerException?.Message ?? ex.Message}", null),
        BadHttpRequestException { StatusCode: 413 } ex => (413, "Request body too large", ex.Message, null),
        BadHttpRequestException { InnerException: JsonException json } => (400, "The request body is not valid JSON for this operation", json.Message, FromJson(json)),
        BadHttpRequestException ex when ex.Message.Contains("no body was provided", StringComparison.Ordinal) =>
            (400, "The request needs a JSON body", "Send the record as a JSON object.", Field("Body", "is required (a JSON object).")),
        BadHttpRequestException ex => (ex.StatusCode, "Bad request", ex.Message, FromBinding(ex.Message)),
        JsonException json => (400, "The request body is not valid JSON for this operation", json.Message, FromJson(json)),
        _ => (0, "", null, null),
    };

    private static Dictionary<string, string[]> Field(string field, string message) => new(StringComparer.Ordinal) { [field] = [message] };

    /// <summary>"$.endingDate" → "EndingDate"; "$.contents[0].subject" → "Contents[0].Subject"; unknown members name themselves.</summary>
    private static Dictionary<string, string[]> FromJson(JsonException json)
    {
        var unmapped = UnmappedMember().Match(json.Message);
        if (unmapped.Success) return Field(FieldName("$." + unmapped.Groups["name"].Value), $"is not a known field; remove it.");
        var missing = MissingMembers().Match(json.Message);
        if (missing.Success)
            return missing.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToDictionary(n => FieldName("$." + n.Trim('\'')), _ => new[] { "is required." }, StringComparer.Ordinal);
        var path = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "Body" : FieldName(json.Path);
        var position = json.LineNumber is { } line ? $" (line {line + 1}, position {json.BytePositionInLine + 1})" : "";
        return Field(path, $"could not be read{position}: {FirstSentence(json.Message)}");
    }

    private static Dictionary<string, string[]>? FromBinding(string message)
    {
        var parameter = BindingParameter().Match(message);
        return parameter.Success ? Field(FieldName("$." + parameter.Groups["name"].Value), message) : null;
    }

    private static string FieldName(string path) =>
        string.Join('.', path.TrimStart('$').TrimStart('.').Split('.').Select(s => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..]));

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..(cut + 1)] : message;
    }

    [GeneratedRegex("The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex("missing required properties including: (?<names>.+?)\\.?$")]
    private static partial Regex MissingMembers();

    [GeneratedRegex("parameter \"\\S+ (?<name>\\w+)\"")]
    private static partial Regex BindingParameter();
}
