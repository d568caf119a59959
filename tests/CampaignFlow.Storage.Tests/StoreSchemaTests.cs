using CampaignFlow.Testing;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Storage.Tests;

/// <summary>
/// The schema steps together build what EF Core creates from the model: a model change without a step (or a step that
/// differs from the model) fails here.
/// </summary>
public sealed class StoreSchemaTests
{
    [Fact]
    public async Task A_store_built_by_the_schema_steps_has_the_columns_and_indexes_EF_Core_creates_for_the_model()
    {
        using var stepped = await TempStore.CreateAsync();
        using var direct = new TempStore();
        await using (var db = direct.Open()) Assert.True(await db.Database.EnsureCreatedAsync());

        await using var steps = stepped.Open();
        await using var model = direct.Open();
        var expected = await ShapeAsync(model);
        var tables = expected.Select(line => line.Split(' ')[1]).ToHashSet(StringComparer.Ordinal);
        var actual = (await ShapeAsync(steps)).Where(line => tables.Contains(line.Split(' ')[1])).ToList(); // not Quartz's or the version table

        Assert.Equal(expected, actual);
        Assert.Contains(expected, line => line.StartsWith("index Deliveries IX_Deliveries_Batch_State", StringComparison.Ordinal));
    }

    /// <summary>Every table's columns (name, type, not null, default, key) and indexes (name, unique, columns), sorted.</summary>
    private static async Task<List<string>> ShapeAsync(CampaignFlowDbContext db)
    {
        var columns = await db.Database.SqlQueryRaw<string>(
            """
            SELECT 'column ' || m."name" || ' ' || c."name" || ' ' || c."type" || ' ' || c."notnull" || ' ' || COALESCE(c."dflt_value", '-') || ' ' || c."pk" AS "Value"
            FROM "sqlite_master" m, pragma_table_info(m."name") c WHERE m."type" = 'table' AND m."name" <> 'sqlite_sequence'
            """).ToListAsync();
        var indexes = await db.Database.SqlQueryRaw<string>(
            """
            SELECT 'index ' || m."name" || ' ' || l."name" || ' ' || l."unique" || ' ' || (SELECT group_concat(i."name", ',') FROM pragma_index_info(l."name") i) AS "Value"
            FROM "sqlite_master" m, pragma_index_list(m."name") l WHERE m."type" = 'table'
            """).ToListAsync();
        return [.. columns.Concat(indexes).Order(StringComparer.Ordinal)];
    }
}
