namespace CampaignFlow.Host.Security;

/// <summary>A new key; <see cref="Key"/> is the only time the whole key exists outside the caller's hands.</summary>
public sealed record CreatedApiKey(string Id, string Name, string Role, string Key);
