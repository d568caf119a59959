using System.Diagnostics;

namespace CampaignFlow.Interactions.Tests.Support;

/// <summary>Reads a PDF back with poppler's pdftotext / pdfinfo, independent PDF readers.</summary>
public static class Pdf
{
    public static string ToText(string path) => Run("pdftotext", "-enc", "UTF-8", path, "-");

    public static int PageCount(string path)
    {
        var info = Run("pdfinfo", path);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
        return text;
    }
}
