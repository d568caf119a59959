using System.Globalization;

namespace CampaignFlow.Plugins.Abstractions;

/// <summary>
/// Identifies one delivery: the logged segment entry and the segment line it came from. It is the idempotency key of
/// the delivery: the host sends a message with the same id again only when the earlier send did not complete.
/// </summary>
/// <param name="LoggedSegmentEntryNo">The entry no. of the logged segment.</param>
/// <param name="LineNo">The segment line no.</param>
public readonly record struct DeliveryId(int LoggedSegmentEntryNo, int LineNo)
{
    /// <summary>
    /// Returns the id as <c>00000012-0000010000</c> (both parts zero-padded), so that ordinal order of the text is
    /// the order of the lines and the text is safe as a file name.
    /// </summary>
    /// <returns>The formatted id.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{LoggedSegmentEntryNo:D8}-{LineNo:D10}");

    /// <summary>Parses text produced by <see cref="ToString"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="id">The parsed id, when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid id.</returns>
    public static bool TryParse(string? text, out DeliveryId id)
    {
        id = default;
        var dash = text?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        if (text is null || dash <= 0)
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var entry)
            || !int.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line))
        {
            return false;
        }

        id = new DeliveryId(entry, line);
        return true;
    }
}
