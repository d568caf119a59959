using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Plugins.Loading;
using CampaignFlow.Testing;

namespace CampaignFlow.Plugins.Tests;

/// <summary>
/// Letters in Latin-script languages are drawn from compact copies of the fonts (Plugins:letter:CompactFonts, on by default);
/// poppler, a reader independent of PDFsharp, must draw them exactly as from the full fonts.
/// </summary>
public sealed class CompactFontTests : IDisposable
{
    private const string Accents = "Chère Zoé, « à bientôt » à Ålesund, Tromsø, Göteborg, Łódź et Třeboň — coût : 12,50 € (œuvre n° 3).";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_latin_letter_from_the_compact_fonts_is_drawn_pixel_for_pixel_as_from_the_full_fonts_in_a_smaller_file()
    {
        var body = string.Join("\n", Enumerable.Range(1, 80).Select(i => $"{i}. {Accents}"));
        var compact = await SendAsync("compact", "Zoé Lefèvre-Ødegård", body, compactFonts: true);
        var full = await SendAsync("full", "Zoé Lefèvre-Ødegård", body, compactFonts: false);

        var compactPages = Pdf.Pages(compact);
        var fullPages = Pdf.Pages(full);
        Assert.True(compactPages.Count >= 2, $"{compactPages.Count} page(s): the letter should wrap onto a second page");
        Assert.Equal(fullPages.Count, compactPages.Count);
        for (var page = 0; page < fullPages.Count; page++)
        {
            Assert.True(fullPages[page].AsSpan().SequenceEqual(compactPages[page]), $"page {page + 1} differs");
        }

        var text = Pdf.ToText(compact);
        Assert.All(["Zoé Lefèvre-Ødegård", "Łódź", "Třeboň", "12,50 €", "(œuvre n° 3)", "80. Chère Zoé"], part => Assert.Contains(part, text, StringComparison.Ordinal));
        var fonts = Pdf.Fonts(compact);
        Assert.Equal(2, fonts.Count); // regular and bold, each embedded as a subset with a Unicode map
        Assert.All(fonts, font => Assert.Matches(@"Compact.*CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", font));
        Assert.All(Pdf.Fonts(full), font => Assert.DoesNotContain("Compact", font, StringComparison.Ordinal));
        Assert.True(new FileInfo(compact).Length * 10 < new FileInfo(full).Length * 7, $"compact {new FileInfo(compact).Length} bytes, full {new FileInfo(full).Length} bytes");
    }

    [Fact]
    public async Task A_letter_with_characters_beyond_the_compact_fonts_is_drawn_from_the_full_fonts()
    {
        var greek = await SendAsync("greek", "Σοφία Παπαδοπούλου", "Αγαπητή Σοφία, " + Accents, compactFonts: true);

        Assert.All(Pdf.Fonts(greek), font => Assert.DoesNotContain("Compact", font, StringComparison.Ordinal));
        var text = Pdf.ToText(greek);
        Assert.Contains("Σοφία Παπαδοπούλου", text, StringComparison.Ordinal);
        Assert.Contains("Łódź", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_print_batch_of_latin_and_greek_letters_embeds_both_and_reads_back_in_line_order()
    {
        using var host = Load("batch", compactFonts: true);
        var channel = host.Router.Route(ChannelKind.HardCopy);
        Assert.True((await channel.SendAsync(Messages.Letter(10000, "Élodie Château", Accents), CancellationToken.None)).IsDelivered);
        Assert.True((await channel.SendAsync(Messages.Letter(20000, "Σοφία Παπαδοπούλου", "Αγαπητή Σοφία"), CancellationToken.None)).IsDelivered);

        Assert.True((await channel.CompleteBatchAsync("LS00000001", CancellationToken.None)).IsDelivered);

        var print = Path.Combine(_temp.Combine("batch"), "LS00000001.print-0001.pdf");
        var text = Pdf.ToText(print);
        Assert.True(text.IndexOf("Élodie Château", StringComparison.Ordinal) is var latin && latin >= 0, text);
        Assert.True(text.IndexOf("Σοφία Παπαδοπούλου", StringComparison.Ordinal) > latin, text);
        var fonts = Pdf.Fonts(print);
        Assert.Contains(fonts, font => font.Contains("Compact", StringComparison.Ordinal));
        Assert.Contains(fonts, font => !font.Contains("Compact", StringComparison.Ordinal));
    }

    private async Task<string> SendAsync(string output, string name, string body, bool compactFonts)
    {
        using var host = Load(output, compactFonts);
        var result = await host.Router.Route(ChannelKind.HardCopy).SendAsync(Messages.Letter(10000, name, body), CancellationToken.None);
        Assert.True(result.IsDelivered, result.Error);
        return result.ExternalId!;
    }

    private TestHost Load(string output, bool compactFonts)
    {
        var root = _temp.Combine("plugins-" + output);
        PluginFolders.Copy(root, "letter");
        var settings = PhoneTests.Settings(_temp);
        settings["Plugins:letter:OutputFolder"] = _temp.Combine(output);
        settings["Plugins:letter:CompactFonts"] = compactFonts ? "true" : "false";
        var host = new TestHost(root, settings);
        Assert.Equal(PluginStatus.Loaded, host.Registry.Find("letter")!.Status);
        return host;
    }
}
