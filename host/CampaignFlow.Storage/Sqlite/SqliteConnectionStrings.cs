using Microsoft.Data.Sqlite;

namespace CampaignFlow.Storage.Sqlite;

/// <summary>Builds the connection string for the embedded file.</summary>
public static class SqliteConnectionStrings
{
    public static string ForFile(string path, int busyTimeoutSeconds = 30) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(path),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        // Writers wait for each other rather than failing at once (several workers share one file).
        DefaultTimeout = busyTimeoutSeconds,
        Pooling = true,
    }.ToString();
}
