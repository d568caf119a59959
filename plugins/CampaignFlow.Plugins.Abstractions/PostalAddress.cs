namespace CampaignFlow.Plugins.Abstractions;

/// <summary>A contact's postal address, as printed on a letter.</summary>
public sealed record PostalAddress
{
    /// <summary>Gets the first address line (street and number).</summary>
    public string? Address { get; init; }

    /// <summary>Gets the second address line.</summary>
    public string? Address2 { get; init; }

    /// <summary>Gets the post code.</summary>
    public string? PostCode { get; init; }

    /// <summary>Gets the city.</summary>
    public string? City { get; init; }

    /// <summary>Gets the country/region code (for example <c>FR</c>, <c>SE</c>, <c>NO</c>).</summary>
    public string? CountryRegionCode { get; init; }

    /// <summary>Returns the non-empty address lines in print order (post code and city on one line).</summary>
    /// <returns>The lines to print under the contact's name.</returns>
    public IReadOnlyList<string> ToLines()
    {
        var lines = new List<string>(4);
        AddIfPresent(lines, Address);
        AddIfPresent(lines, Address2);
        AddIfPresent(lines, string.Join(' ', new[] { PostCode, City }.Where(part => !string.IsNullOrWhiteSpace(part))));
        AddIfPresent(lines, CountryRegionCode);
        return lines;
    }

    private static void AddIfPresent(List<string> lines, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            lines.Add(line.Trim());
        }
    }
}
