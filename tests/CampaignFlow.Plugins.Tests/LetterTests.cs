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
    public async Task Letters_sent_side_by_side_fill_print_files_of_a_thousand_in_line_order_and_the_journals_are_removed()
    {
        using var host = LoadLetter();
        var channel = host.Router.Route(ChannelKind.HardCopy);

        var results = await Task.WhenAll(Enumerable.Range(1, 1001).Reverse().Select(i =>
            Task.Run(() => channel.SendAsync(Messages.Letter(i * 10, $"Personne {i:D4}", $"Bonjour {i}"), CancellationToken.None))));
        var completed = await channel.CompleteBatchAsync("LS00000001", CancellationToken.None);

        Assert.All(results, result => Assert.True(result.IsDelivered, result.Error));
        Assert.True(completed.IsDelivered, completed.Error);
        Assert.Empty(Directory.GetFiles(Path.Combine(Output, "LS00000001"), "journal-*"));
        var first = Path.Combine(Output, "LS00000001.print-0001.pdf");
        var second = Path.Combine(Output, "LS00000001.print-0002.pdf");
        Assert.Equal(1000, Pdf.PageCount(first));
        Assert.Equal(1, Pdf.PageCount(second));
        var text = Pdf.ToText(first);
        var positions = Enumerable.Range(1, 1000).Select(i => text.IndexOf($"Personne {i:D4}", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, position => Assert.True(position >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("Personne 1001", Pdf.ToText(second), StringComparison.Ordinal);
        // One font subset for the whole print file: far smaller than the letters it holds, each of which embeds its own.
        var letters = Directory.GetFiles(Path.Combine(Output, "LS00000001"), "*.pdf").Sum(file => new FileInfo(file).Length);
        Assert.True(new FileInfo(first).Length * 10 < letters, $"print file {new FileInfo(first).Length} bytes, letters {letters} bytes");
    }

    [Fact]
    public async Task A_letter_without_a_usable_journal_line_is_taken_from_its_pdf_so_the_print_batch_always_matches_the_letters()
    {
        using var host = LoadLetter();
        var channel = host.Router.Route(ChannelKind.HardCopy);
        foreach (var (line, name) in new[] { (10000, "Åsa Ängström"), (20000, "Élodie Château"), (30000, "Ørjan Øvergård") })
        {
            Assert.True((await channel.SendAsync(Messages.Letter(line, name, $"Bonjour {name}"), CancellationToken.None)).IsDelivered);
        }

        var folder = Path.Combine(Output, "LS00000001");
        var journal = Assert.Single(Directory.GetFiles(folder, "journal-*.jsonl"));
        // Line 10000's PDF is replaced after its line was journaled (as a re-send whose journal line a crash lost would);
        // line 30000's line is torn, as a crash mid-append leaves it.
        using (var other = LoadLetter("other"))
        {
            var replacement = await other.Router.Route(ChannelKind.HardCopy).SendAsync(Messages.Letter(10000, "Remplaçante Zoé", "Bonjour"), CancellationToken.None);
            File.Copy(replacement.ExternalId!, Path.Combine(folder, "00000001-0000010000.pdf"), overwrite: true);
            File.SetLastWriteTimeUtc(Path.Combine(folder, "00000001-0000010000.pdf"), DateTime.UtcNow.AddSeconds(1));
        }

        var lines = File.ReadAllLines(journal);
        File.WriteAllText(journal, lines[0] + "\n" + lines[1] + "\n" + lines[2][..(lines[2].Length / 2)]);
        var completed = await channel.CompleteBatchAsync("LS00000001", CancellationToken.None);

        Assert.True(completed.IsDelivered, completed.Error);
        var text = Pdf.ToText(Path.Combine(Output, "LS00000001.print-0001.pdf"), layout: true);
        Assert.DoesNotContain("Åsa Ängström", text, StringComparison.Ordinal);
        var order = new[] { "Remplaçante Zoé", "Élodie Château", "Ørjan Øvergård" }.Select(name => text.IndexOf(name, StringComparison.Ordinal)).ToArray();
        Assert.All(order, index => Assert.True(index >= 0));
        Assert.Equal(order.Order(), order);
    }

    [Theory]
    [InlineData("Fastest")]
    [InlineData("Balanced")]
    [InlineData("Smallest")]
    public async Task Every_compression_setting_gives_letters_that_read_back(string compression)
    {
        using var host = LoadLetter(settings: new() { ["Plugins:letter:Compression"] = compression });

        var result = await host.Router.Route(ChannelKind.HardCopy).SendAsync(Messages.Letter(10000, "Zoé Lefèvre", "Chère Zoé, à bientôt à Tromsø."), CancellationToken.None);

        Assert.True(result.IsDelivered, result.Error);
        Assert.Contains("à bientôt à Tromsø", Pdf.ToText(result.ExternalId!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fastest_compression_trades_file_size_for_speed_and_smallest_the_other_way()
    {
        async Task<long> SizeWith(string compression)
        {
            using var host = LoadLetter(compression, new() { ["Plugins:letter:Compression"] = compression });
            var result = await host.Router.Route(ChannelKind.HardCopy).SendAsync(Messages.Letter(10000, "Zoé Lefèvre", "Chère Zoé"), CancellationToken.None);
            return new FileInfo(result.ExternalId!).Length;
        }

        var fastest = await SizeWith("Fastest");
        var balanced = await SizeWith("Balanced");
        var smallest = await SizeWith("Smallest");

        Assert.True(fastest > balanced, $"Fastest {fastest} bytes, Balanced {balanced} bytes");
        Assert.True(balanced >= smallest, $"Balanced {balanced} bytes, Smallest {smallest} bytes");
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
        var compression = ErrorWith(new() { ["Plugins:letter:OutputFolder"] = Output, ["Plugins:letter:PdfSharpLicense"] = "AGPL", ["Plugins:letter:Compression"] = "Tiny" });

        Assert.Contains($"font file 'DejaVuSans.ttf' was not found in {noFonts}", fonts, StringComparison.Ordinal);
        Assert.Contains("fonts-dejavu-core", fonts, StringComparison.Ordinal);
        Assert.Contains("Plugins:letter:PdfSharpLicense", license, StringComparison.Ordinal);
        Assert.Contains("Plugins:letter:OutputFolder is required", folder, StringComparison.Ordinal);
        Assert.Contains("OutputFolderr", unknown, StringComparison.Ordinal);
        Assert.Contains("Plugins:letter:Compression", compression, StringComparison.Ordinal);
    }

    private TestHost LoadLetter(string? output = null, Dictionary<string, string?>? settings = null)
    {
        var root = _temp.Combine("plugins-" + (output ?? "letters"));
        PluginFolders.Copy(root, "letter");
        var all = PhoneTests.Settings(_temp);
        if (output is not null) all["Plugins:letter:OutputFolder"] = _temp.Combine(output);
        foreach (var (key, value) in settings ?? []) all[key] = value;
        var host = new TestHost(root, all);
        Assert.Equal(PluginStatus.Loaded, host.Registry.Find("letter")!.Status);
        return host;
    }
}
