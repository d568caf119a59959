namespace CampaignFlow.Domain;

/// <summary>Small guards that raise <see cref="DomainException"/> with the record, key and field named.</summary>
public static class Require
{
    public const int CodeLength = 20;

    public static void Code(string record, string? key, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainException(record, key, field, "must not be blank.");
        if (value.Length > CodeLength)
            throw new DomainException(record, key, field, $"'{value}' is longer than {CodeLength} characters.");
        if (!string.Equals(value, value.Trim(), StringComparison.Ordinal))
            throw new DomainException(record, key, field, $"'{value}' has leading or trailing spaces.");
    }

    public static void OptionalCode(string record, string? key, string field, string? value)
    {
        if (value is not null) Code(record, key, field, value);
    }

    public static void Text(string record, string? key, string field, string? value, int maxLength = 100)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainException(record, key, field, "must not be blank.");
        MaxLength(record, key, field, value, maxLength);
    }

    public static void MaxLength(string record, string? key, string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
            throw new DomainException(record, key, field, $"is longer than {maxLength} characters.");
    }

    public static void NotNegative(string record, string? key, string field, decimal value)
    {
        if (value < 0)
            throw new DomainException(record, key, field, $"must not be negative (was {value}).");
    }

    public static void Period(string record, string? key, DateOnly? starting, DateOnly? ending)
    {
        if (starting is { } s && ending is { } e && e < s)
            throw new DomainException(record, key, "EndingDate", $"Ending Date {e:yyyy-MM-dd} is before Starting Date {s:yyyy-MM-dd}.");
    }
}
