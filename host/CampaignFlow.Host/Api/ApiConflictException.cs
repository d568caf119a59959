namespace CampaignFlow.Host.Api;

/// <summary>The request clashes with what is stored (a duplicate key, a record still in use); becomes 409.</summary>
public sealed class ApiConflictException : Exception
{
    public ApiConflictException() : base("The request conflicts with the stored data.") { }

    public ApiConflictException(string message) : base(message) { }

    public ApiConflictException(string message, Exception innerException) : base(message, innerException) { }
}
