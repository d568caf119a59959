namespace CampaignFlow.Domain;

/// <summary>
/// A rule of the domain was broken. Names the record, its key and the field so the message can be
/// shown to a user as it is (API problem details, CLI, UI).
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string record, string? key, string? field, string message)
        : base(Compose(record, key, field, message))
    {
        Record = record;
        Key = key;
        Field = field;
        Reason = message;
    }

    public DomainException() : this("Record", null, null, "Invalid record.") { }

    public DomainException(string message) : this("Record", null, null, message) { }

    public DomainException(string message, Exception innerException) : base(message, innerException)
    {
        Record = "Record";
        Reason = message;
    }

    public string Record { get; }
    public string? Key { get; }
    public string? Field { get; }
    public string Reason { get; }

    private static string Compose(string record, string? key, string? field, string message)
    {
        var where = key is null ? record : $"{record} '{key}'";
        return field is null ? $"{where}: {message}" : $"{where}, field {field}: {message}";
    }
}
