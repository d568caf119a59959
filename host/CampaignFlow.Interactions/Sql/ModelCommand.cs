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
        : this(db, entityType, [.. parameters.Select(p => (entityType, p))], sql)
    {
    }

    /// <param name="db">The context; its connection must be open whenever the command runs (inside its transaction, if any).</param>
    /// <param name="entityType">The entity whose table <see cref="Names.Table"/> and <see cref="Names.Column"/> name.</param>
    /// <param name="parameters">The entity and property each parameter holds a value of, in order (named p0, p1, …).</param>
    /// <param name="sql">Writes the command text from the tables' names and the parameters' placeholders.</param>
    public ModelCommand(CampaignFlowDbContext db, Type entityType, IReadOnlyList<(Type Entity, string Property)> parameters, Func<Names, string> sql)
    {
        _db = db;
        var helper = db.GetService<ISqlGenerationHelper>();
        _command = db.Database.GetDbConnection().CreateCommand();
        _synchronous = db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
        _parameters = new (DbParameter, ValueConverter?)[parameters.Count];
        var placeholders = new string[parameters.Count];
        for (var i = 0; i < parameters.Count; i++)
        {
            var property = PropertyOf(db, parameters[i].Entity, parameters[i].Property);
            var name = "p" + i.ToString(CultureInfo.InvariantCulture);
            var parameter = property.GetRelationalTypeMapping().CreateParameter(_command, helper.GenerateParameterName(name), null, property.IsNullable);
            _command.Parameters.Add(parameter);
            _parameters[i] = (parameter, property.GetTypeMapping().Converter);
            placeholders[i] = helper.GenerateParameterNamePlaceholder(name);
        }

        string TableOf(Type entity) => helper.DelimitIdentifier(TableId(db, entity).Name, TableId(db, entity).Schema);
        string ColumnOf(Type entity, string property) => helper.DelimitIdentifier(PropertyOf(db, entity, property).GetColumnName(TableId(db, entity))!);
        _command.CommandText = sql(new Names(TableOf(entityType), property => ColumnOf(entityType, property), placeholders, TableOf, ColumnOf));
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

    private static IEntityType EntityOf(CampaignFlowDbContext db, Type entity) =>
        db.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity} is not mapped.");

    private static StoreObjectIdentifier TableId(CampaignFlowDbContext db, Type entity)
    {
        var type = EntityOf(db, entity);
        return StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
    }

    private static IProperty PropertyOf(CampaignFlowDbContext db, Type entity, string property) =>
        EntityOf(db, entity).FindProperty(property) ?? throw new InvalidOperationException($"{entity.Name}.{property} is not mapped.");

    /// <summary>
    /// The command's delimited table name and a property's delimited column name in it, the parameters' placeholders, and
    /// the same names for any other entity (for commands that read one table to write another).
    /// </summary>
    internal sealed record Names(
        string Table, Func<string, string> Column, IReadOnlyList<string> Placeholders,
        Func<Type, string> TableOf, Func<Type, string, string> ColumnOf);
}
