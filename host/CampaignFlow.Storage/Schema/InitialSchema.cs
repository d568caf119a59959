using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignFlow.Storage.Schema;

/// <summary>
/// Step 1: the model's tables in EF Core's provider-specific DDL, except the tables, columns and indexes that later steps
/// create (<see cref="LaterTables"/>, <see cref="LaterColumns"/>, <see cref="LaterIndexes"/>). Without that exception a new store would get them from step 1
/// and then fail in the step that adds them, and a store created before that step would differ from a new one.
/// </summary>
public static class InitialSchema
{
    /// <summary>Tables of the current model that a later schema step creates (step 3: the rule sets).</summary>
    public static IReadOnlySet<string> LaterTables { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        RuleSetSchema.RuleSetsTable,
        RuleSetSchema.VersionsTable,
    };

    /// <summary>Columns of the current model that a later schema step adds (step 4: the entry's segment line), as (table, column).</summary>
    public static IReadOnlySet<(string Table, string Column)> LaterColumns { get; } = new HashSet<(string, string)>
    {
        (EntrySegmentLineSchema.Table, EntrySegmentLineSchema.Column),
    };

    /// <summary>Indexes of the current model that a later schema step creates (step 5: the outbox's batch index).</summary>
    public static IReadOnlySet<string> LaterIndexes { get; } = new HashSet<string>(StringComparer.Ordinal) { DeliveryBatchIndexSchema.Index };

    /// <summary>The foreign key of InteractionLogEntry.ContactNo, in the model for contact.Interactions but not in the database.</summary>
    public const string InteractionContactKey = "FK_InteractionLogEntries_Contacts_ContactNo";

    /// <summary>Relationships the model has for navigation only (added after step 1 was released): never created as constraints.</summary>
    public static IReadOnlySet<string> ModelOnlyForeignKeys { get; } = new HashSet<string>(StringComparer.Ordinal) { InteractionContactKey };

    public static Task ApplyAsync(CampaignFlowDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlRawAsync(Script(db, table => !LaterTables.Contains(table)), cancellationToken);
    }

    /// <summary>
    /// EF Core's create script (as GenerateCreateScript builds it) restricted to the tables <paramref name="include"/> accepts,
    /// without the <see cref="LaterColumns"/> and <see cref="LaterIndexes"/>.
    /// </summary>
    public static string Script(CampaignFlowDbContext db, Func<string, bool> include)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(include);
        var model = db.GetService<IDesignTimeModel>().Model;
        var operations = Differences(db)
            .Where(operation => TableOf(operation) is not { } table || include(table))
            .Where(operation => operation is not AddForeignKeyOperation key || !ModelOnlyForeignKeys.Contains(key.Name))
            .Where(operation => operation is not CreateIndexOperation index || !LaterIndexes.Contains(index.Name))
            .ToList();
        foreach (var create in operations.OfType<CreateTableOperation>())
        {
            create.ForeignKeys.RemoveAll(key => ModelOnlyForeignKeys.Contains(key.Name));
            create.Columns.RemoveAll(column => LaterColumns.Contains((create.Name, column.Name)));
        }
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(operations, model, MigrationsSqlGenerationOptions.Script);
        var terminator = db.GetService<ISqlGenerationHelper>().BatchTerminator;
        var script = new StringBuilder();
        foreach (var command in commands) script.Append(command.CommandText).AppendLine(terminator);
        return script.ToString();
    }

    /// <summary>EF Core's DDL adding one column of the current model to its existing table (what a later step must run).</summary>
    public static string AddColumnScript(CampaignFlowDbContext db, string table, string column) =>
        Generate(db, Differences(db).OfType<CreateTableOperation>().Single(t => t.Name == table).Columns.Single(c => c.Name == column));

    /// <summary>EF Core's DDL creating one index of the current model (what a later step must run).</summary>
    public static string CreateIndexScript(CampaignFlowDbContext db, string index) =>
        Generate(db, Differences(db).OfType<CreateIndexOperation>().Single(i => i.Name == index));

    private static IReadOnlyList<MigrationOperation> Differences(CampaignFlowDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GetService<IMigrationsModelDiffer>().GetDifferences(null, db.GetService<IDesignTimeModel>().Model.GetRelationalModel());
    }

    private static string Generate(CampaignFlowDbContext db, MigrationOperation operation) => string.Concat(
        db.GetService<IMigrationsSqlGenerator>().Generate([operation], db.GetService<IDesignTimeModel>().Model, MigrationsSqlGenerationOptions.Script)
            .Select(c => c.CommandText));

    private static string? TableOf(MigrationOperation operation) => operation switch
    {
        CreateTableOperation create => create.Name,
        TableOperation table => table.Name,
        CreateIndexOperation index => index.Table,
        AddForeignKeyOperation key => key.Table,
        AddPrimaryKeyOperation key => key.Table,
        AddUniqueConstraintOperation unique => unique.Table,
        AddCheckConstraintOperation check => check.Table,
        ColumnOperation column => column.Table,
        _ => null,
    };
}
