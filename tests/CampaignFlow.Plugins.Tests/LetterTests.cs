using CampaignFlow.Testing;
using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Plugins.Loading;

namespace CampaignFlow.Plugins.Tests;

public sealed class LetterTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Output => _temp.Combine("letters");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Each_letter_is_a_pdf_named_by_delivery_id_whose_text_reads_back_with_accents()
    {
        using var host = LoadLetter();
        var channel = host.Router.Route(ChannelKind.HardCopy);

        var result = await channel.SendAsync(Messages.Letter(10000, "Zoé Lefèvre", "Chère Zoé,\nnous serions ravis de vous accueillir à Ålesund, Tromsø et Göteborg."), CancellationToken.None);

        Assert.True(result.IsDelivered, result.Error);
        var path = Path.Combine(Output, "LS00000001", "00000001-0000010000.pdf");
        Assert.Equal(path, result.ExternalId);
        var text = Pdf.ToText(path, layout: true);
        Assert.Contains("Zoé Lefèvre", text, StringComparison.Ordinal);
        Assert.Contains("12 rue de l'Église", text, StringComparison.Ordinal);
        Assert.Contains("75004 Paris", text, StringComparison.Ordinal);
        Assert.Contains("Invitation à notre journée portes ouvertes", text, StringComparison.Ordinal);
        Assert.Contains("Ålesund, Tromsø et Göteborg", text, StringComparison.Ordinal);
        Assert.Contains("Jørgen Ødegård", text, StringComparison.Ordinal);
        Assert.Contains("Sommarkampanj på Åland", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_letter_wraps_and_flows_onto_further_pages()
    {
        using var host = LoadLetter();
        var body = string.Join("\n", Enumerable.Range(1, 120).Select(i => $"Paragraphe {i}: une phrase assez longue pour être coupée à la fin de la ligne, avec des lettres å ø é."));

        var result = await host.Router.Route(ChannelKind.HardCopy).SendAsync(Messages.Letter(10000, "Zoé", body), CancellationToken.None);

        Assert.True(result.IsDelivered, result.Error);
        Assert.True(Pdf.PageCount(result.ExternalId!) >= 3);
        var text = Pdf.ToText(result.ExternalId!, layout: true);
        Assert.Contains("Paragraphe 1:", text, StringComparison.Ordinal);
        Assert.Contains("Paragraphe 120:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completing_a_batch_merges_its_letters_in_line_order_and_resending_does_not_duplicate()
    {
        using var host = LoadLetter();
        var channel = host.Router.Route(ChannelKind.HardCopy);
        Assert.True(channel.IsBatchAware);

        Assert.True((await channel.BeginBatchAsync("LS00000001", CancellationToken.None)).IsDelivered);
        foreach (var (line, name) in new[] { (30000, "Ørjan Øvergård"), (10000, "Åsa Ängström"), (20000, "Élodie Château") })
        {
            Assert.True((await channel.SendAsync(Messages.Letter(line, name, $"Bonjour {name}"), CancellationToken.None)).IsDelivered);
        }

        Assert.True((await channel.SendAsync(Messages.Letter(20000, "Élodie Château", "Bonjour Élodie Château"), CancellationToken.None)).IsDelivered); // resent after a crash
        var completed = await channel.CompleteBatchAsync("LS00000001", CancellationToken.None);

        Assert.True(completed.IsDelivered, completed.Error);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(Output, "LS00000001"), "*.pdf").Length);
        Assert.Empty(Directory.GetFiles(Output, "*.tmp-*", SearchOption.AllDirectories));
        var printFile = Path.Combine(Output, "LS00000001.print-0001.pdf");
        Assert.Equal(3, Pdf.PageCount(printFile));
        var text = Pdf.ToText(printFile, layout: true);
        var order = new[] { "Åsa Ängström", "Élodie Château", "Ørjan Øvergård" }.Select(name => text.IndexOf(name, StringComparison.Ordinal)).ToArray();
        Assert.All(order, index => Assert.True(index >= 0));
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task Bad_batch_ids_and_wrong_kinds_are_permanent_failures()
    {
        using var host = LoadLetter();
        var channel = host.Router.Route(ChannelKind.HardCopy);

        var badBatch = await channel.SendAsync(Messages.Letter(10000, "Zoé", "x", batchId: "../escape"), CancellationToken.None);
        var wrongKind = await channel.SendAsync(Messages.Letter(10000, "Zoé", "x") with { Kind = ChannelKind.Email }, CancellationToken.None);
        var badComplete = await channel.CompleteBatchAsync("a/b", CancellationToken.None);

        Assert.Equal(DeliveryStatus.PermanentFailure, badBatch.Status);
        Assert.Contains("cannot be used as a folder name", badBatch.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.PermanentFailure, wrongKind.Status);
        Assert.False(badComplete.IsDelivered);
        Assert.False(Directory.Exists(_temp.Combine("escape")));
    }

    [Fact]
    public void Without_fonts_without_a_license_or_without_an_output_folder_the_letter_plugin_is_disabled_with_a_clear_reason()
    {
        var noFonts = _temp.Combine("no-fonts");
        Directory.CreateDirectory(noFonts);
        string ErrorWith(Dictionary<string, string?> settings)
        {
            var root = _temp.Combine("plugins-" + Guid.NewGuid().ToString("N"));
            PluginFolders.Copy(root, "letter");
            using var host = new TestHost(root, settings);
            var info = host.Registry.Find("letter")!;
            Assert.Equal(PluginStatus.Disabled, info.Status);
            return info.Error!;
        }

        var fonts = ErrorWith(new() { ["Plugins:letter:OutputFolder"] = Output, ["Plugins:letter:PdfSharpLicense"] = "AGPL", ["Plugins:letter:FontDirectories:0"] = noFonts });
        var license = ErrorWith(new() { ["Plugins:letter:OutputFolder"] = Output });
        var folder = ErrorWith(new() { ["Plugins:letter:PdfSharpLicense"] = "AGPL" });
        var unknown = ErrorWith(new() { ["Plugins:letter:OutputFolder"] = Output, ["Plugins:letter:PdfSharpLicense"] = "AGPL", ["Plugins:letter:OutputFolderr"] = "typo" });

        Assert.Contains($"font file 'DejaVuSans.ttf' was not found in {noFonts}", fonts, StringComparison.Ordinal);
        Assert.Contains("fonts-dejavu-core", fonts, StringComparison.Ordinal);
        Assert.Contains("Plugins:letter:PdfSharpLicense", license, StringComparison.Ordinal);
        Assert.Contains("Plugins:letter:OutputFolder is required", folder, StringComparison.Ordinal);
        Assert.Contains("OutputFolderr", unknown, StringComparison.Ordinal);
    }

    private TestHost LoadLetter()
    {
        var root = _temp.Combine("plugins");
        PluginFolders.Copy(root, "letter");
        var host = new TestHost(root, PhoneTests.Settings(_temp));
        Assert.Equal(PluginStatus.Loaded, host.Registry.Find("letter")!.Status);
        return host;
    }
}
