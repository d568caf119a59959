namespace CampaignFlow.Domain;

/// <summary>
/// A number series such as CP0001, CP0002 … (campaigns), SM0001 … (segments). The store increments
/// <see cref="LastNo"/> inside the transaction that uses the number, so numbers are never reused.
/// </summary>
public sealed class NumberSeries : IValidatable
{
    public const string Campaigns = "CAMPAIGN";
    public const string Segments = "SEGMENT";
    public const string Contacts = "CONTACT";
    public const string Tasks = "TASK";

    public string Code { get; set; } = "";
    public string Prefix { get; set; } = "";
    public int Digits { get; set; } = 4;
    public int LastNo { get; set; }
    public string Description { get; set; } = "";

    /// <summary>Takes the next number and returns its text (prefix + zero-padded number).</summary>
    public string Next()
    {
        LastNo++;
        return Format(LastNo);
    }

    public string Format(int number) => Prefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(Digits, '0');

    public void Validate()
    {
        Require.Code(nameof(NumberSeries), Code, nameof(Code), Code);
        if (Digits is < 1 or > 10) throw new DomainException(nameof(NumberSeries), Code, nameof(Digits), "must be between 1 and 10.");
        Require.NotNegative(nameof(NumberSeries), Code, nameof(LastNo), LastNo);
    }
}
