using System.Data.Common;
using System.Globalization;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CampaignFlow.Interactions.Sql;

/// <summary>
/// One command over an entity's table, run many times inside the context's current transaction (taken at each run, so the
/// command can outlive a transaction on a connection kept open; none, and it commits on its own), with table and column names,
/// value conversions and parameter types taken from the EF model (so it writes exactly what EF would, on SQLite and
/// PostgreSQL alike) and none of EF's per-call query work. Parameters carry their placeholder name ("@p0"):
/// Microsoft.Data.Sqlite otherwise looks each unprefixed name up under every prefix (a string and a UTF-8 copy per try, per
/// row). On SQLite commands run synchronously: its async methods run synchronously anyway and only add a task per call.
/// </summary>
internal sealed class ModelCommand : IDisposable
{
    private readonly CampaignFlowDbContext _db;
    private readonly DbCommand _command;
    private readonly (DbParameter Parameter, ValueConverter? Converter)[] _parameters;
    private readonly bool _synchronous;

    /// <param name="db">The context; its connection must be open whenever the command runs (inside its transaction, if any).</param>
    /// <param name="entityType">The entity whose table the command works on.</param>
    /// <param name="parameters">The property each parameter holds a value of, in order (named p0, p1, …).</param>
    /// <param name="sql">Writes the command text from the table's names and the parameters' placeholders.</param>
    public ModelCommand(CampaignFlowDbContext db, Type entityType, IReadOnlyList<string> parameters, Func<Names, string> sql)
    {
        _db = db;
        var entity = db.Model.FindEntityType(entityType) ?? throw new InvalidOperationException($"{entityType} is not mapped.");
        var helper = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _command = db.Database.GetDbConnection().CreateCommand();
        _synchronous = db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
        _parameters = new (DbParameter, ValueConverter?)[parameters.Count];
        var placeholders = new string[parameters.Count];
        for (var i = 0; i < parameters.Count; i++)
        {
            var property = entity.FindProperty(parameters[i]) ?? throw new InvalidOperationException($"{entityType.Name}.{parameters[i]} is not mapped.");
            var name = "p" + i.ToString(CultureInfo.InvariantCulture);
            var parameter = property.GetRelationalTypeMapping().CreateParameter(_command, helper.GenerateParameterName(name), null, property.IsNullable);
            _command.Parameters.Add(parameter);
            _parameters[i] = (parameter, property.GetTypeMapping().Converter);
            placeholders[i] = helper.GenerateParameterNamePlaceholder(name);
        }

        string Column(string property) => helper.DelimitIdentifier(
            (entity.FindProperty(property) ?? throw new InvalidOperationException($"{entityType.Name}.{property} is not mapped.")).GetColumnName(table)!);
        _command.CommandText = sql(new Names(helper.DelimitIdentifier(table.Name, table.Schema), Column, placeholders));
    }

    /// <summary>Runs the command with these values (in parameter order); returns the rows affected.</summary>
    public async Task<int> ExecuteAsync(object?[] values, CancellationToken cancellationToken)
    {
        Bind(values);
        if (!_synchronous) return await _command.ExecuteNonQueryAsync(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return _command.ExecuteNonQuery();
    }

    /// <summary>Runs the command with these values; returns the first column of the first row.</summary>
    public async Task<object?> ExecuteScalarAsync(object?[] values, CancellationToken cancellationToken)
    {
        Bind(values);
        if (!_synchronous) return await _command.ExecuteScalarAsync(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return _command.ExecuteScalar();
    }

    public void Dispose() => _command.Dispose();

    private void Bind(object?[] values)
    {
        _command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction(); // none: the command commits on its own
        for (var i = 0; i < _parameters.Length; i++)
        {
            var (parameter, converter) = _parameters[i];
            var value = values[i];
            parameter.Value = value is null ? DBNull.Value : converter is null ? value : converter.ConvertToProvider(value) ?? DBNull.Value;
        }
    }

    /// <summary>The delimited table name, a property's delimited column name, and the parameters' placeholders.</summary>
    internal sealed record Names(string Table, Func<string, string> Column, IReadOnlyList<string> Placeholders);
}
