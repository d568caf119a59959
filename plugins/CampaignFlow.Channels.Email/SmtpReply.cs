namespace CampaignFlow.Channels.Email;

/// <summary>One (possibly multi-line) SMTP reply.</summary>
internal readonly record struct SmtpReply(int Code, string Text, IReadOnlyList<string> Lines);
