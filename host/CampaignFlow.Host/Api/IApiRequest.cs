namespace CampaignFlow.Host.Api;

/// <summary>
/// Marks a request body: <see cref="RequestValidationFilter"/> checks its data annotations before the
/// handler runs, and unknown JSON members are refused for every request body.
/// </summary>
public interface IApiRequest;
