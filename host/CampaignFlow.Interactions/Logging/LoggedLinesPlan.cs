using CampaignFlow.Domain.Segments;

namespace CampaignFlow.Interactions.Logging;

/// <summary>What Log Segment has settled before it writes the lines: the records they point to and the values they share.</summary>
/// <param name="Segment">The segment being logged (its number, subject default).</param>
/// <param name="LoggedEntryNo">The logged segment written for it.</param>
/// <param name="CampaignEntryNos">The campaign entry written for each campaign of the lines.</param>
/// <param name="SendableTemplates">Templates with content: a line with one and a correspondence type gets a delivery.</param>
/// <param name="FollowUpNo">The follow-up segment, when one was asked for.</param>
/// <param name="FollowUpDescription">The follow-up lines' description.</param>
/// <param name="UserId">Who logs.</param>
/// <param name="Now">When (the deliveries' first attempt).</param>
/// <param name="TimeOfDay">The entries' time (local).</param>
/// <param name="DefaultDescription">The entry description of a line without one (the segment's, at most 100 characters).</param>
internal sealed record LoggedLinesPlan(
    Segment Segment, int LoggedEntryNo, IReadOnlyDictionary<string, int> CampaignEntryNos, IReadOnlySet<string> SendableTemplates,
    string? FollowUpNo, string? FollowUpDescription, string? UserId, DateTimeOffset Now, TimeOnly TimeOfDay, string DefaultDescription);
