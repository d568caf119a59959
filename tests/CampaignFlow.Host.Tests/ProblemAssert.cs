using System.Net;
using System.Text.Json;

namespace CampaignFlow.Host.Tests;

/// <summary>Reads an RFC 7807 answer and checks its status and field-level errors.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>The problem names <paramref name="field"/> with a message containing <paramref name="fragment"/>.</summary>
    public static async Task<JsonElement> HasFieldErrorAsync(HttpResponseMessage response, string field, string fragment, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var problem = await IsProblemAsync(response, status);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"no errors in {problem}");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field} in {errors}");
        Assert.Contains(messages.EnumerateArray(), m => m.GetString()!.Contains(fragment, StringComparison.OrdinalIgnoreCase));
        return problem;
    }
}
