namespace CampaignFlow.Storage;

/// <summary>The store could not be opened or migrated; the message says why in words a user can act on.</summary>
public sealed class StoreStartupException : Exception
{
    public StoreStartupException() { }
    public StoreStartupException(string message) : base(message) { }
    public StoreStartupException(string message, Exception innerException) : base(message, innerException) { }
}
