namespace CampaignFlow.Host.Api;

/// <summary>A request value is wrong; becomes 400 with <c>errors: { Field: [Message] }</c>.</summary>
public sealed class ApiValidationException : Exception
{
    public ApiValidationException(string field, string message) : base($"{field}: {message}")
    {
        Field = field;
        Reason = message;
    }

    public ApiValidationException() : this("Request", "Invalid request.") { }

    public ApiValidationException(string message) : this("Request", message) { }

    public ApiValidationException(string message, Exception innerException) : base(message, innerException)
    {
        Field = "Request";
        Reason = message;
    }

    public string Field { get; }
    public string Reason { get; }
}
