using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Host.Api.Interactions;

/// <summary>The recorded outcome and the interaction log entry it wrote.</summary>
public sealed record CallOutcomeResponse(string TaskNo, CallOutcomeKind Outcome, int InteractionEntryNo);
