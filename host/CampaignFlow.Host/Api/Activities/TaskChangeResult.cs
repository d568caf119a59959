using CampaignFlow.Domain.Activities;

namespace CampaignFlow.Host.Api.Activities;

/// <summary>The task after a close or cancel, and the next occurrence a recurring task got on close.</summary>
public sealed record TaskChangeResult(SalesTask? Task, SalesTask? NextOccurrence);
