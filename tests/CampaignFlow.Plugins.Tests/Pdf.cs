using System.Diagnostics;

namespace CampaignFlow.Plugins.Tests;

/// <summary>Reads a PDF back with poppler's pdftotext, an independent PDF reader.</summary>
public static class Pdf
{
    public static string ToText(string path)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var argument in new[] { "-enc", "UTF-8", "-layout", path, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"pdftotext failed on {path}: {error}");
        return text;
    }

    public static int PageCount(string path)
    {
        var start = new ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true };
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var info = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = info.Split('\n').Single(candidate => candidate.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
