using System.Net;
using System.Text.RegularExpressions;

namespace CampaignFlow.Host.Tests.Pages;

/// <summary>
/// Drives the Razor pages over HTTP as a form would: the demo key of a role, a cookie jar (antiforgery and TempData cookies),
/// the antiforgery token read from the page that holds the form, redirects followed.
/// </summary>
internal sealed partial class PageClient : IDisposable
{
    private readonly HttpClient _client;

    public PageClient(RunningHost host, string role)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        _client = new HttpClient(handler) { BaseAddress = host.BaseAddress };
        _client.DefaultRequestHeaders.Add("X-Api-Key", host.Keys[role]);
    }

    public async Task<string> GetAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}\n{html}");
        return html;
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the antiforgery token of the page at <paramref name="formPage"/>.</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostAsync(string formPage, string action, params (string Name, string Value)[] fields)
    {
        var page = await GetAsync(formPage);
        var token = Token().Match(page);
        Assert.True(token.Success, $"no antiforgery token on {formPage}");
        var body = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        using var content = new FormUrlEncodedContent(body);
        using var response = await _client.PostAsync(action, content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The text of the element with <paramref name="id"/> (tags stripped, entities decoded), or null when the page has none.</summary>
    public static string? TextOf(string html, string id)
    {
        var match = Regex.Match(html, $"<(\\w+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(Tags().Replace(match.Groups[2].Value, "")).Trim() : null;
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
