using System.Text;
using System.Text.Json;

namespace CampaignFlow.Host.Api;

/// <summary>Endpoints whose body is a document to check (workflow or rule JSON), read as text rather than bound.</summary>
internal static class RawBody
{
    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }

    /// <summary>The body as JSON text, or null when empty; not JSON → 400 naming <paramref name="field"/>.</summary>
    public static async Task<string?> ReadOptionalJsonAsync(HttpRequest request, string field, CancellationToken ct)
    {
        var text = await ReadAsync(request, ct);
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            using var _ = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new ApiValidationException(field, $"is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}).");
        }
        return text;
    }
}
