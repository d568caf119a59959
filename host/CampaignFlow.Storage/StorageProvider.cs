namespace CampaignFlow.Storage;

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
