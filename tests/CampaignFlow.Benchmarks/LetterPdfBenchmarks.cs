using BenchmarkDotNet.Attributes;
using CampaignFlow.Channels.Letter;
using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CampaignFlow.Benchmarks;

/// <summary>
/// Letters per second on one core: the letter channel (layout + PDF + atomic file write + journal line) and its renderer
/// alone, against bare PDFsharp drawing the same lines (subject in bold) into a one-page document in memory, compressed as
/// the channel compresses by default. One operation = one PDF.
/// </summary>
[MemoryDiagnoser]
public class LetterPdfBenchmarks
{
    private const int Letters = 200;
    private readonly string _output = Path.Combine(Path.GetTempPath(), "cf-bench-letters-" + Guid.NewGuid().ToString("N"));
    private ChannelMessage[] _messages = [];
    private LetterChannel _channel = null!;
    private LetterRenderer _renderer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new LetterOptions { OutputFolder = _output, PdfSharpLicense = "AGPL" };
        _channel = new LetterChannel(Options.Create(options), NullLogger<LetterChannel>.Instance);
        _renderer = new LetterRenderer(options);
        _messages = Enumerable.Range(1, Letters).Select(i => new ChannelMessage
        {
            Id = new DeliveryId(1, i * 10000),
            BatchId = "LS00000001",
            Kind = ChannelKind.HardCopy,
            ContactNo = $"CT{i:D6}",
            ContactName = $"Zoé Lefèvre {i}",
            ContactAddress = new PostalAddress { Address = "12 rue de l'Église", PostCode = "75004", City = "Paris" },
            SalespersonName = "Jørgen Ødegård",
            CampaignDescription = "Sommarkampanj på Åland",
            Subject = "Invitation à notre journée portes ouvertes",
            BodyText = "Chère Zoé,\nnous serions ravis de vous accueillir à notre journée portes ouvertes à Ålesund, avec café et croissants.\nBien cordialement,\nJørgen",
        }).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_output, recursive: true);

    [Benchmark(Baseline = true, OperationsPerInvoke = Letters)]
    public long BarePdfSharpInMemory()
    {
        long bytes = 0;
        var font = new XFont("any", 11, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var bold = new XFont("any", 12, XFontStyleEx.Bold, new XPdfFontOptions(PdfFontEncoding.Unicode));
        foreach (var message in _messages)
        {
            using var document = new PdfDocument { Options = { FlateEncodeMode = PdfFlateEncodeMode.BestSpeed } }; // as the channel's default
            using (var graphics = XGraphics.FromPdfPage(document.AddPage()))
            {
                var y = 60.0;
                foreach (var line in new[] { message.SalespersonName!, message.ContactName, message.ContactAddress!.Address! }.Concat(message.BodyText.Split('\n')))
                {
                    graphics.DrawString(line, font, XBrushes.Black, new XPoint(70, y), XStringFormats.TopLeft);
                    y += 16;
                }

                graphics.DrawString(message.Subject, bold, XBrushes.Black, new XPoint(70, y), XStringFormats.TopLeft);
            }

            using var stream = new MemoryStream();
            document.Save(stream, closeStream: false);
            bytes += stream.Length;
        }

        return bytes;
    }

    [Benchmark(OperationsPerInvoke = Letters)]
    public long LetterRendererInMemory()
    {
        long bytes = 0;
        foreach (var message in _messages)
        {
            using var stream = new MemoryStream();
            _renderer.Render(message.Id.ToString(), LetterLayout.From(message), stream);
            bytes += stream.Length;
        }

        return bytes;
    }

    [Benchmark(OperationsPerInvoke = Letters)]
    public async Task<int> LetterChannelToFiles()
    {
        var delivered = 0;
        foreach (var message in _messages)
        {
            delivered += (await _channel.SendAsync(message, CancellationToken.None)).IsDelivered ? 1 : 0;
        }

        return delivered;
    }
}
