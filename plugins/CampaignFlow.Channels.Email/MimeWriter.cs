using System.Globalization;
using System.Text;
using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Channels.Email;

/// <summary>
/// Writes a message as 7-bit MIME: UTF-8 header text as RFC 2047 encoded words, bodies in base64 (text/plain, or
/// multipart/alternative with the HTML version). Every line is ASCII and none starts with '.', so no dot-stuffing is needed.
/// </summary>
internal static class MimeWriter
{
    private const int MaxEncodedBytes = 45; // 45 bytes → 60 base64 characters → a 72-character encoded word

    public static string Write(ChannelMessage message, string from, string? fromName, string to, string messageId, DateTimeOffset date)
    {
        var text = new StringBuilder(1024 + (message.BodyText.Length * 2));
        Header(text, "From", Mailbox(fromName, from));
        Header(text, "To", Mailbox(message.ContactName, to));
        if (!string.IsNullOrWhiteSpace(message.SalespersonEmail))
        {
            Header(text, "Reply-To", Mailbox(message.SalespersonName, message.SalespersonEmail));
        }

        Header(text, "Subject", EncodeText(message.Subject));
        Header(text, "Date", date.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture));
        Header(text, "Message-ID", $"<{messageId}>");
        Header(text, "X-CampaignFlow-Delivery", message.Id.ToString());
        if (message.CampaignNo is not null)
        {
            Header(text, "X-CampaignFlow-Campaign", EncodeText(message.CampaignNo));
        }

        Header(text, "MIME-Version", "1.0");
        if (message.BodyHtml is null)
        {
            Part(text, "text/plain", message.BodyText);
            return text.ToString();
        }

        var boundary = "=_cf_" + Guid.NewGuid().ToString("N");
        Header(text, "Content-Type", $"multipart/alternative; boundary=\"{boundary}\"");
        text.Append("\r\n");
        text.Append("--").Append(boundary).Append("\r\n");
        Part(text, "text/plain", message.BodyText);
        text.Append("--").Append(boundary).Append("\r\n");
        Part(text, "text/html", message.BodyHtml);
        text.Append("--").Append(boundary).Append("--\r\n");
        return text.ToString();
    }

    /// <summary>Encodes header text: as-is when it is printable ASCII, else as UTF-8 base64 encoded words on folded lines.</summary>
    public static string EncodeText(string value)
    {
        var clean = value.ReplaceLineEndings(" ");
        if (clean.All(c => c is >= ' ' and <= '~') && clean.Length <= 900)
        {
            return clean;
        }

        var words = new List<string>();
        var bytes = Encoding.UTF8.GetBytes(clean);
        var start = 0;
        while (start < bytes.Length)
        {
            var length = Math.Min(MaxEncodedBytes, bytes.Length - start);
            while (start + length < bytes.Length && (bytes[start + length] & 0xC0) == 0x80)
            {
                length--; // never split a UTF-8 sequence across two words
            }

            words.Add("=?utf-8?B?" + Convert.ToBase64String(bytes, start, length) + "?=");
            start += length;
        }

        return string.Join("\r\n ", words);
    }

    private static string Mailbox(string? name, string address) =>
        string.IsNullOrWhiteSpace(name) ? $"<{address}>" : $"{QuoteName(name)} <{address}>";

    private static string QuoteName(string name)
    {
        var encoded = EncodeText(name);
        return encoded == name ? "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : encoded;
    }

    private static void Header(StringBuilder text, string name, string value) => text.Append(name).Append(": ").Append(value).Append("\r\n");

    private static void Part(StringBuilder text, string mediaType, string content)
    {
        Header(text, "Content-Type", $"{mediaType}; charset=utf-8");
        Header(text, "Content-Transfer-Encoding", "base64");
        text.Append("\r\n");
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(content.ReplaceLineEndings("\r\n")));
        for (var i = 0; i < base64.Length; i += 76)
        {
            text.Append(base64, i, Math.Min(76, base64.Length - i)).Append("\r\n");
        }
    }
}
