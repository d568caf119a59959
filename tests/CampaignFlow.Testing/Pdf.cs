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

    /// <summary>The fonts pdffonts lists: name, type, encoding, then yes/no for embedded, subset and Unicode map.</summary>
    public static IReadOnlyList<string> Fonts(string path) => Run("pdffonts", path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

    /// <summary>Each page drawn by poppler (pdftoppm, 72 dpi, grey): the bytes of one PGM image per page, for comparing two renderings.</summary>
    public static IReadOnlyList<byte[]> Pages(string path)
    {
        var root = Path.Combine(Path.GetTempPath(), "cf-pages-" + Guid.NewGuid().ToString("N"));
        Run("pdftoppm", "-r", "72", "-gray", path, root);
        var pages = Directory.GetFiles(Path.GetDirectoryName(root)!, Path.GetFileName(root) + "-*.pgm").Order(StringComparer.Ordinal).ToList();
        try
        {
            return pages.Select(File.ReadAllBytes).ToList();
        }
        finally
        {
            pages.ForEach(File.Delete);
        }
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started (install poppler-utils).");
        var error = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? text : throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed: {error.Result}");
    }
}
