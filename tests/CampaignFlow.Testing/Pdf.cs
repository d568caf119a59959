using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CampaignFlow.Testing;

/// <summary>Reads a PDF back with poppler's pdftotext / pdfinfo (poppler-utils), PDF readers independent of PDFsharp.</summary>
public static class Pdf
{
    /// <summary>The text of every page; <paramref name="layout"/> keeps the physical layout (columns side by side).</summary>
    public static string ToText(string path, bool layout = false) =>
        layout ? Run("pdftotext", "-enc", "UTF-8", "-layout", path, "-") : Run("pdftotext", "-enc", "UTF-8", path, "-");

    /// <summary>The number of pages pdfinfo reports.</summary>
    public static int PageCount(string path)
    {
        var info = Run("pdfinfo", path);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started (install poppler-utils).");
        var error = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? text : throw new InvalidOperationException($"{tool} failed on {args[^2]}: {error.Result}");
    }
}
