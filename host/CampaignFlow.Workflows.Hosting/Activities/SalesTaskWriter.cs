using System.Data;
using CampaignFlow.Domain.Activities;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignFlow.Workflows.Hosting.Activities;

/// <summary>
/// Inserts many tasks with one prepared ADO.NET command in the context's current transaction. Columns and value
/// conversions come from the EF model, so the rows are exactly what EF would write.
/// </summary>
internal static class SalesTaskWriter
{
    private static DbType DbTypeOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => DbType.String,
        var t when t == typeof(bool) => DbType.Boolean,
        var t when t == typeof(int) => DbType.Int32,
        var t when t == typeof(long) => DbType.Int64,
        var t when t == typeof(decimal) => DbType.Decimal,
        var t when t == typeof(DateOnly) => DbType.Date,
        var t => throw new NotSupportedException($"task column type {t.Name} has no bulk-insert mapping"),
    };

    public static async Task InsertAsync(CampaignFlowDbContext db, IReadOnlyList<SalesTask> tasks, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(SalesTask))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
        var columns = properties.Select(p => (Property: p, Column: p.GetColumnName(table)!, Converter: p.GetTypeMapping().Converter)).ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Column}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
            for (var i = 0; i < columns.Count; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{i}";
                // Typed up front: PostgreSQL prepares the statement with these types, nulls included.
                parameter.DbType = DbTypeOf(columns[i].Converter?.ProviderClrType ?? columns[i].Property.ClrType);
                command.Parameters.Add(parameter);
            }

            await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
            foreach (var task in tasks)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    var (property, _, converter) = columns[i];
                    var value = property.PropertyInfo!.GetValue(task);
                    if (value is not null && converter is not null)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    command.Parameters[i].Value = value ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
