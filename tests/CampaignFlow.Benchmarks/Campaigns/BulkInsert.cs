using System.Data.Common;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignFlow.Benchmarks.Campaigns;

/// <summary>Prepared ADO.NET inserts in one transaction (as Storage's SyntheticContactSeeder does): fast bulk set-up data.</summary>
internal static class BulkInsert
{
    public static async Task RunAsync(CampaignFlowDbContext db, Func<Func<string, string[], DbCommand>, Task> fill)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var connection = db.Database.GetDbConnection();
            var commands = new List<DbCommand>();
            DbCommand Prepare(string table, string[] columns)
            {
                var command = connection.CreateCommand();
                command.Transaction = transaction.GetDbTransaction();
#pragma warning disable CA2100 // Table and column names are constants of the benchmark.
                command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
#pragma warning restore CA2100
                for (var i = 0; i < columns.Length; i++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = $"@p{i}";
                    command.Parameters.Add(parameter);
                }
                commands.Add(command);
                return command;
            }
            await fill(Prepare);
            await transaction.CommitAsync();
            foreach (var command in commands) await command.DisposeAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static Task<int> ExecuteAsync(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command.ExecuteNonQueryAsync();
    }
}
