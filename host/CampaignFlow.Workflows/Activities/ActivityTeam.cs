namespace CampaignFlow.Workflows.Activities;

/// <summary>A team: it gets an organizer task plus one task per member.</summary>
public sealed record ActivityTeam(string Code, IReadOnlyList<string> MemberSalespersonCodes);
