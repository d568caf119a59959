using System.CommandLine;
using System.Text.Json;
using CampaignFlow.Host.Cli;

namespace CampaignFlow.Host.Tests.Cli;

/// <summary>One in-process `campaignflow …` invocation: exit code, stdout, stderr (the verbs write to the invocation's writers).</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CampaignFlowCommandLine.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The --json document on stdout; fails with stderr when the verb did not exit 0.</summary>
    public JsonElement Json()
    {
        Assert.True(ExitCode == ExitCodes.Ok, $"exit {ExitCode}: {Error}{Output}");
        return JsonDocument.Parse(Output).RootElement.Clone();
    }
}
