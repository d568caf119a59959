using System.Globalization;
using CampaignFlow.Plugins.Abstractions;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CampaignFlow.Channels.Letter;

/// <summary>Lays out one letter on A4 pages: sender, address block, optional date, subject, body (wrapped, paginated).</summary>
internal sealed class LetterRenderer
{
    private const string FontFamily = "CampaignFlow Sans"; // any name: the resolver maps every family to the configured files
    private const double Left = 70;
    private const double Right = 525;
    private const double Top = 60;
    private const double Bottom = 770;

    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode);

    private readonly double _fontSize;

    public LetterRenderer(LetterOptions options)
    {
        LetterFonts.Install(options);
        _fontSize = options.FontSize;
    }

    public void Render(ChannelMessage message, Stream output)
    {
        using var document = new PdfDocument();
        document.Info.Title = message.Subject;
        document.Info.Subject = message.Id.ToString();
        document.Info.Author = message.SalespersonName ?? string.Empty;

        var body = new XFont(FontFamily, _fontSize, XFontStyleEx.Regular, FontOptions);
        var bold = new XFont(FontFamily, _fontSize + 1, XFontStyleEx.Bold, FontOptions);
        var small = new XFont(FontFamily, _fontSize - 2, XFontStyleEx.Regular, FontOptions);
        var page = new PageWriter(document, body.GetHeight() * 1.25);
        try
        {
            page.WriteRight(message.SalespersonName, small);
            page.WriteRight(message.CampaignDescription, small);
            page.MoveTo(140);
            page.Write(message.ContactName, body);
            foreach (var line in message.ContactAddress?.ToLines() ?? [])
            {
                page.Write(line, body);
            }

            page.MoveTo(250);
            if (message.Properties.TryGetValue("Date", out var date))
            {
                page.WriteRight(date, body);
                page.Skip(1);
            }

            page.Wrap(message.Subject, bold);
            page.Skip(1);
            foreach (var paragraph in message.BodyText.ReplaceLineEndings("\n").Split('\n'))
            {
                page.Wrap(paragraph, body);
            }
        }
        finally
        {
            page.Dispose();
        }

        document.Save(output, closeStream: false);
    }

    /// <summary>Writes lines top to bottom, starting a new page when the current one is full.</summary>
    private sealed class PageWriter(PdfDocument document, double lineHeight) : IDisposable
    {
        private XGraphics _graphics = XGraphics.FromPdfPage(document.AddPage());
        private double _y = Top;

        public void MoveTo(double y) => _y = Math.Max(_y, y);

        public void Skip(int lines) => _y += lines * lineHeight;

        public void Write(string? text, XFont font) => Draw(text, font, XStringFormats.TopLeft, Left);

        public void WriteRight(string? text, XFont font) => Draw(text, font, XStringFormats.TopRight, Right);

        public void Wrap(string text, XFont font)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Skip(1);
                return;
            }

            var line = string.Empty;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : string.Create(CultureInfo.InvariantCulture, $"{line} {word}");
                if (line.Length > 0 && _graphics.MeasureString(candidate, font).Width > Right - Left)
                {
                    Write(line, font);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            Write(line, font);
        }

        public void Dispose() => _graphics.Dispose();

        private void Draw(string? text, XFont font, XStringFormat format, double x)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            if (_y + lineHeight > Bottom)
            {
                _graphics.Dispose();
                _graphics = XGraphics.FromPdfPage(document.AddPage());
                _y = Top;
            }

            _graphics.DrawString(text, font, XBrushes.Black, new XPoint(x, _y), format);
            _y += lineHeight;
        }
    }
}
