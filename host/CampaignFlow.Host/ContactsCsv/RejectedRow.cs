namespace CampaignFlow.Host.ContactsCsv;

/// <summary>A CSV row that was not imported: its row number in the file (the header is row 1), the field and why.</summary>
public sealed record RejectedRow(int Row, string? No, string Field, string Reason);
