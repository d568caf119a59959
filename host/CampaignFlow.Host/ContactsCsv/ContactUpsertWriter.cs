using System.Data.Common;
using CampaignFlow.Domain.Contacts;

namespace CampaignFlow.Host.ContactsCsv;

/// <summary>
/// One prepared <c>INSERT … ON CONFLICT ("No") DO UPDATE … WHERE the type is unchanged</c> (SQLite and
/// PostgreSQL both speak it): re-importing a file updates the same contacts instead of duplicating them,
/// and a row that would turn a company into a person (or back) changes nothing and is reported.
/// </summary>
internal sealed class ContactUpsertWriter : IDisposable
{
    private static readonly string[] Columns =
    [
        "No", "Name", "Type", "CompanyNo", "CompanyName", "SalespersonCode", "TerritoryCode", "CountryRegionCode", "PostCode", "City", "Address",
        "LanguageCode", "Email", "PhoneNo", "CorrespondenceType", "ExcludeFromSegment", "Minor", "ParentalConsentReceived", "PrivacyBlocked",
    ];
    private static readonly string[] Updated = Columns[1..15].Where(c => c != "Type").ToArray();
    private readonly DbCommand _command;

    public ContactUpsertWriter(DbConnection connection, DbTransaction transaction, string table)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))}) " +
            $"ON CONFLICT (\"No\") DO UPDATE SET {string.Join(", ", Updated.Select(c => $"\"{c}\" = excluded.\"{c}\""))} " +
            $"WHERE \"{table}\".\"Type\" = excluded.\"Type\"";
        for (var i = 0; i < Columns.Length; i++)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            _command.Parameters.Add(parameter);
        }
    }

    public DbTransaction? Transaction { set => _command.Transaction = value; }

    /// <summary>False when the contact exists with the other type (nothing changed).</summary>
    public bool Write(Contact c)
    {
        ArgumentNullException.ThrowIfNull(c);
        object?[] values =
        [
            c.No, c.Name, c.Type.ToString(), c.CompanyNo, c.CompanyName, c.SalespersonCode, c.TerritoryCode, c.CountryRegionCode, c.PostCode, c.City,
            c.Address, c.LanguageCode, c.Email, c.PhoneNo, c.CorrespondenceType.ToString(), c.ExcludeFromSegment, false, false, false,
        ];
        for (var i = 0; i < values.Length; i++) _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return _command.ExecuteNonQuery() > 0;
    }

    public void Dispose() => _command.Dispose();
}
