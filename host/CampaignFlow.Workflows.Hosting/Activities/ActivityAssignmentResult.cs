namespace CampaignFlow.Workflows.Hosting.Activities;

/// <summary>What an assignment created.</summary>
/// <param name="TaskCount">Tasks created (organizer tasks included).</param>
/// <param name="FirstTaskNo">The first task no. (numbers are consecutive).</param>
/// <param name="LastTaskNo">The last task no.</param>
public sealed record ActivityAssignmentResult(int TaskCount, string? FirstTaskNo, string? LastTaskNo);
