using System.Data.Common;
using System.Globalization;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CampaignFlow.Interactions.Logging;

/// <summary>
/// One prepared INSERT for many rows inside the context's open transaction, with table, column names, value conversions
/// and parameter types taken from the EF model (so it writes exactly what EF would, on SQLite and PostgreSQL alike).
/// Tracking 200,000 entities through the change tracker is what makes large logs slow; this skips it.
/// Parameters carry their placeholder name ("@p0"): Microsoft.Data.Sqlite otherwise looks each unprefixed name up under
/// every prefix (a string and a UTF-8 copy per try, per row). On SQLite rows are written synchronously: its async
/// methods run synchronously anyway and only add a task per row.
/// </summary>
internal sealed class RowInserter : IDisposable
{
    private readonly DbCommand _command;
    private readonly (DbParameter Parameter, ValueConverter? Converter)[] _parameters;
    private readonly bool _returnsKey;
    private readonly bool _synchronous;

    // rows: rows per statement (multi-row VALUES); only for inserts that return no key.
    public RowInserter(CampaignFlowDbContext db, Type entityType, IReadOnlyList<string> properties, string? returning = null, int rows = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        if (rows > 1 && returning is not null) throw new ArgumentException("A multi-row insert cannot return keys.", nameof(rows));
        var entity = db.Model.FindEntityType(entityType) ?? throw new InvalidOperationException($"{entityType} is not mapped.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string name) => sql.DelimitIdentifier(entity.FindProperty(name)!.GetColumnName(table)!);

        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("RowInserter needs an open transaction.");
        _parameters = new (DbParameter, ValueConverter?)[properties.Count * rows];
        _synchronous = db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
        for (var i = 0; i < _parameters.Length; i++)
        {
            var propertyName = properties[i % properties.Count];
            var property = entity.FindProperty(propertyName) ?? throw new InvalidOperationException($"{entityType.Name}.{propertyName} is not mapped.");
            var name = sql.GenerateParameterName("p" + i.ToString(CultureInfo.InvariantCulture));
            var parameter = property.GetRelationalTypeMapping().CreateParameter(_command, name, null, property.IsNullable);
            _command.Parameters.Add(parameter);
            _parameters[i] = (parameter, property.GetTypeMapping().Converter);
        }

        _returnsKey = returning is not null;
        _command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(Column))}) " +
            "VALUES " + string.Join(", ", _parameters.Chunk(properties.Count).Select(row =>
                $"({string.Join(", ", row.Select(p => sql.GenerateParameterNamePlaceholder(p.Parameter.ParameterName.TrimStart('@'))))})")) +
            (returning is null ? "" : $" RETURNING {Column(returning)}");
    }

    /// <summary>
    /// Inserts one row, or <c>rows</c> rows (values in the order of the properties given, row after row); returns the
    /// generated key when asked for one.
    /// </summary>
    public async Task<int> InsertAsync(object?[] values, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            var (parameter, converter) = _parameters[i];
            var value = values[i];
            parameter.Value = value is null ? DBNull.Value : converter is null ? value : converter.ConvertToProvider(value) ?? DBNull.Value;
        }

        if (_synchronous)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_returnsKey)
            {
                _command.ExecuteNonQuery();
                return 0;
            }

            return Convert.ToInt32(_command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        if (!_returnsKey)
        {
            await _command.ExecuteNonQueryAsync(cancellationToken);
            return 0;
        }

        return Convert.ToInt32(await _command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public void Dispose() => _command.Dispose();
}
