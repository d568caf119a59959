namespace CampaignFlow.Channels.Letter;

/// <summary>One line of a <see cref="LetterJournal"/>: the letter written to <c>&lt;Id&gt;.pdf</c>, and when (UTC ticks, taken after the file was in place).</summary>
internal sealed record LetterJournalEntry(string Id, long At, LetterLayout Letter);
