using System.Data.Common;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignFlow.Interactions.Logging;

/// <summary>
/// One prepared INSERT for many rows inside the context's open transaction, with table, column names, value conversions
/// and parameter types taken from the EF model (so it writes exactly what EF would, on SQLite and PostgreSQL alike).
/// Tracking 200,000 entities through the change tracker is what makes large logs slow; this skips it.
/// </summary>
internal sealed class RowInserter : IDisposable
{
    private readonly DbCommand _command;
    private readonly (DbParameter Parameter, IProperty Property)[] _parameters;
    private readonly bool _returnsKey;

    public RowInserter(CampaignFlowDbContext db, Type entityType, IReadOnlyList<string> properties, string? returning = null)
    {
        var entity = db.Model.FindEntityType(entityType) ?? throw new InvalidOperationException($"{entityType} is not mapped.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string name) => sql.DelimitIdentifier(entity.FindProperty(name)!.GetColumnName(table)!);

        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("RowInserter needs an open transaction.");
        _parameters = new (DbParameter, IProperty)[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            var property = entity.FindProperty(properties[i]) ?? throw new InvalidOperationException($"{entityType.Name}.{properties[i]} is not mapped.");
            var parameter = property.GetRelationalTypeMapping().CreateParameter(_command, "p" + i, null, property.IsNullable);
            _command.Parameters.Add(parameter);
            _parameters[i] = (parameter, property);
        }

        _returnsKey = returning is not null;
        _command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(Column))}) " +
            $"VALUES ({string.Join(", ", _parameters.Select(p => sql.GenerateParameterNamePlaceholder(p.Parameter.ParameterName)))})" +
            (returning is null ? "" : $" RETURNING {Column(returning)}");
    }

    /// <summary>Inserts one row (values in the order of the properties given); returns the generated key when asked for one.</summary>
    public async Task<int> InsertAsync(object?[] values, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            var (parameter, property) = _parameters[i];
            var value = values[i];
            var converter = property.GetTypeMapping().Converter;
            parameter.Value = value is null ? DBNull.Value : converter is null ? value : converter.ConvertToProvider(value) ?? DBNull.Value;
        }

        if (!_returnsKey)
        {
            await _command.ExecuteNonQueryAsync(cancellationToken);
            return 0;
        }

        return Convert.ToInt32(await _command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _command.Dispose();
}
