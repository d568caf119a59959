namespace CampaignFlow.EndToEnd.Tests;

/// <summary>`campaignflow date-formula` as an admin types it.</summary>
public sealed class DateFormulaCliTests
{
    [Theory]
    [InlineData("CQ+1M-10D", "1996-07-20")]
    [InlineData("-WD2", "1996-05-14")]
    [InlineData("CM+30D", "1996-06-30")]
    [InlineData("CM+1D", "1996-06-01")]
    [InlineData("-CM", "1996-05-01")]
    public async Task Prints_the_date_of_the_doc_examples(string formula, string expected)
    {
        await using var host = HostProcess.Start(Path.GetTempPath(), "date-formula", formula, "--from", "1996-05-21");
        Assert.Equal(0, await host.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(expected, host.Output.Trim());
    }

    [Fact]
    public async Task A_bad_formula_names_the_position_and_exits_non_zero()
    {
        await using var host = HostProcess.Start(Path.GetTempPath(), "date-formula", "1X", "--from", "1996-05-21");
        Assert.Equal(2, await host.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("position 2", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_for_scripts()
    {
        await using var host = HostProcess.Start(Path.GetTempPath(), "date-formula", "1W", "--from", "2026-01-01", "--json");
        Assert.Equal(0, await host.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal("""{"formula":"1W","from":"2026-01-01","date":"2026-01-08"}""", host.Output.Trim());
    }
}
