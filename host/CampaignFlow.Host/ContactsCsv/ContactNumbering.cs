using System.Data.Common;
using System.Globalization;
using CampaignFlow.Domain;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.ContactsCsv;

/// <summary>
/// Keeps the CONTACT number series ahead of the imported numbers, so a contact created later through the API or the
/// UI never gets a number the import used (CT000123 imported → the series' Last No. is at least 123), and numbers the
/// rows that have no No. from the series, as BC's No. Series fills a blank No. on insert. Works inside the import's
/// transaction (which holds the write lock), with SQL that SQLite and PostgreSQL both speak.
/// </summary>
internal sealed class ContactNumbering : IDisposable
{
    private readonly NumberSeries? _series;
    private readonly HashSet<string> _assigned = new(StringComparer.Ordinal);
    private readonly DbCommand? _advance;
    private readonly DbCommand? _take;
    private readonly DbCommand? _exists;
    private int _highestSeen;

    private ContactNumbering(NumberSeries? series, DbConnection connection, string seriesTable, string contactTable)
    {
        _series = series;
        if (series is null) return;
        _highestSeen = series.LastNo;
        _advance = Command(connection, $"UPDATE \"{seriesTable}\" SET \"LastNo\" = @n WHERE \"Code\" = @code AND \"LastNo\" < @n", "@n", "@code");
        _take = Command(connection,
            $"UPDATE \"{seriesTable}\" SET \"LastNo\" = (CASE WHEN \"LastNo\" < @n THEN @n ELSE \"LastNo\" END) + 1 WHERE \"Code\" = @code RETURNING \"LastNo\"", "@n", "@code");
        _exists = Command(connection, $"SELECT COUNT(*) FROM \"{contactTable}\" WHERE \"No\" = @no", "@no");
    }

    /// <summary>True when the store has a CONTACT series (the demo sets one up); without it blank numbers are refused.</summary>
    public bool CanNumber => _series is not null;

    /// <summary>How many rows were given a number.</summary>
    public int Numbered => _assigned.Count;

    public static async Task<ContactNumbering> LoadAsync(CampaignFlowDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var series = await db.NumberSeries.AsNoTracking().FirstOrDefaultAsync(s => s.Code == NumberSeries.Contacts, cancellationToken);
        return new ContactNumbering(series, db.Database.GetDbConnection(),
            db.Model.FindEntityType(typeof(NumberSeries))!.GetTableName()!, db.Model.FindEntityType(typeof(Contact))!.GetTableName()!);
    }

    /// <summary>Notes an imported No.: when it has the series' form (prefix + digits) the series must pass it.</summary>
    public void Observe(string no)
    {
        if (_series is null || !no.StartsWith(_series.Prefix, StringComparison.Ordinal)) return;
        var digits = no.AsSpan(_series.Prefix.Length);
        if (digits.Length < _series.Digits || digits.Length > 9) return;
        foreach (var c in digits) if (!char.IsAsciiDigit(c)) return;
        var number = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (number > _highestSeen) _highestSeen = number;
    }

    /// <summary>True when this import gave <paramref name="no"/> to an earlier row without a No.</summary>
    public bool WasAssigned(string no) => _assigned.Contains(no);

    /// <summary>The next free number of the series (skipping numbers a contact already has), taken in <paramref name="transaction"/>.</summary>
    public string Next(DbTransaction transaction)
    {
        if (_series is null || _take is null || _exists is null) throw new InvalidOperationException("The CONTACT number series is not set up.");
        while (true)
        {
            _take.Transaction = transaction;
            _take.Parameters[0].Value = _highestSeen;
            _take.Parameters[1].Value = NumberSeries.Contacts;
            var number = Convert.ToInt32(_take.ExecuteScalar(), CultureInfo.InvariantCulture);
            _highestSeen = number;
            var no = _series.Format(number);
            _exists.Transaction = transaction;
            _exists.Parameters[0].Value = no;
            if (Convert.ToInt64(_exists.ExecuteScalar(), CultureInfo.InvariantCulture) > 0) continue;
            _assigned.Add(no);
            return no;
        }
    }

    /// <summary>Moves the series' Last No. up to the highest number seen; call it in each batch's transaction before the commit.</summary>
    public void Flush(DbTransaction transaction)
    {
        if (_advance is null) return;
        _advance.Transaction = transaction;
        _advance.Parameters[0].Value = _highestSeen;
        _advance.Parameters[1].Value = NumberSeries.Contacts;
        _advance.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _advance?.Dispose();
        _take?.Dispose();
        _exists?.Dispose();
    }

    private static DbCommand Command(DbConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
