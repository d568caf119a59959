using System.CommandLine;
using System.Text.Json;

namespace CampaignFlow.Host.Cli;

/// <summary>
/// Where a verb writes: the invocation's Output/Error (the console, or a test's writer), with --json or text.
/// Progress bars only on an interactive console: not with --json, not redirected, not under CI=true.
/// </summary>
internal sealed class CliOutput(TextWriter output, TextWriter error, bool json)
{
    public bool Json { get; } = json;

    public static CliOutput From(ParseResult result, bool json)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CliOutput(result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, json);
    }

    public bool ShowsProgress =>
        !Json && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Prints <paramref name="value"/> as JSON with --json, else the text lines.</summary>
    public void Report<T>(T value, Func<T, IEnumerable<string>> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Json) output.WriteLine(JsonSerializer.Serialize(value, CliJson.Options));
        else foreach (var line in text(value)) output.WriteLine(line);
    }

    /// <summary>Reports a failure: the message on stderr (and as {"error", "exitCode"} on stdout with --json); returns the exit code.</summary>
    public int Fail(int exitCode, string message)
    {
        if (Json) output.WriteLine(JsonSerializer.Serialize(new { error = message, exitCode }, CliJson.Options));
        error.WriteLine($"campaignflow: {message}");
        return exitCode;
    }
}
