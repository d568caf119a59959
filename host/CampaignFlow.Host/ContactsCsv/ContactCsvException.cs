namespace CampaignFlow.Host.ContactsCsv;

/// <summary>The file cannot be imported at all (no header, a missing or unknown column); nothing was written.</summary>
public sealed class ContactCsvException : Exception
{
    public ContactCsvException() { }

    public ContactCsvException(string message) : base(message) { }

    public ContactCsvException(string message, Exception innerException) : base(message, innerException) { }
}
