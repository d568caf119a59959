using CampaignFlow.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CampaignFlow.Storage;

/// <summary>
/// Turns the database's refusals (duplicate key, missing referenced record) into a <see cref="DomainException"/>
/// that names the record, so callers show one kind of error whatever the provider.
/// </summary>
internal static class ConstraintViolations
{
    public static DomainException? Translate(DbUpdateException exception)
    {
        var entry = exception.Entries.FirstOrDefault();
        var record = entry?.Metadata.ClrType.Name ?? "Record";
        var key = entry is null ? null : string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
        return exception.InnerException switch
        {
            SqliteException { SqliteExtendedErrorCode: 1555 or 2067 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } =>
                new DomainException(record, key, null, "a record with the same key already exists."),
            SqliteException { SqliteExtendedErrorCode: 787 } or PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } =>
                new DomainException(record, key, null, "it refers to a record that does not exist (or is still referred to by others)."),
            _ => null,
        };
    }
}
