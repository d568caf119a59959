using CampaignFlow.Storage.Schema;

namespace CampaignFlow.Storage.Tests;

/// <summary>Schema step 5 (the outbox's batch index): the step's DDL is what EF Core would create for the model.</summary>
public sealed class DeliveryBatchIndexSchemaTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public void Step_5_creates_the_index_exactly_as_EF_Core_would_for_the_model(StorageProvider provider)
    {
        using var db = SchemaHistory.ModelOnly(provider);

        var fromModel = InitialSchema.CreateIndexScript(db, DeliveryBatchIndexSchema.Index);

        Assert.Equal(SchemaHistory.Normalize(fromModel), SchemaHistory.Normalize(DeliveryBatchIndexSchema.ScriptFor(db.Database.ProviderName)));
        Assert.DoesNotContain(DeliveryBatchIndexSchema.Index, InitialSchema.Script(db, _ => true), StringComparison.Ordinal);
    }
}
