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
    private static readonly object True = true, False = false;
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    public ContactUpsertWriter(DbConnection connection, DbTransaction transaction, string table)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))}) " +
            $"ON CONFLICT (\"No\") DO UPDATE SET {string.Join(", ", Updated.Select(c => $"\"{c}\" = excluded.\"{c}\""))} " +
            $"WHERE \"{table}\".\"Type\" = excluded.\"Type\"";
        _parameters = new DbParameter[Columns.Length];
        for (var i = 0; i < Columns.Length; i++)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            _command.Parameters.Add(parameter);
            _parameters[i] = parameter;
        }
    }

    public DbTransaction? Transaction { set => _command.Transaction = value; }

    /// <summary>False when the contact exists with the other type (nothing changed).</summary>
    public bool Write(Contact c)
    {
        ArgumentNullException.ThrowIfNull(c);
        // Set in place: no array or boxing per row (a million rows).
        var p = _parameters;
        p[0].Value = c.No;
        p[1].Value = c.Name;
        p[2].Value = c.Type.ToString();
        p[3].Value = (object?)c.CompanyNo ?? DBNull.Value;
        p[4].Value = (object?)c.CompanyName ?? DBNull.Value;
        p[5].Value = (object?)c.SalespersonCode ?? DBNull.Value;
        p[6].Value = (object?)c.TerritoryCode ?? DBNull.Value;
        p[7].Value = (object?)c.CountryRegionCode ?? DBNull.Value;
        p[8].Value = (object?)c.PostCode ?? DBNull.Value;
        p[9].Value = (object?)c.City ?? DBNull.Value;
        p[10].Value = (object?)c.Address ?? DBNull.Value;
        p[11].Value = (object?)c.LanguageCode ?? DBNull.Value;
        p[12].Value = (object?)c.Email ?? DBNull.Value;
        p[13].Value = (object?)c.PhoneNo ?? DBNull.Value;
        p[14].Value = c.CorrespondenceType.ToString();
        p[15].Value = c.ExcludeFromSegment ? True : False;
        p[16].Value = False;
        p[17].Value = False;
        p[18].Value = False;
        return _command.ExecuteNonQuery() > 0;
    }

    public void Dispose() => _command.Dispose();
}
