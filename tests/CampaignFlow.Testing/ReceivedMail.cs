namespace CampaignFlow.Testing;

/// <summary>One message as the SMTP server stored it, decoded by Python's email package.</summary>
public sealed record ReceivedMail(
    string Subject, string From, string To, string ReplyTo, string RcptTo, string MailFrom, string Delivery, string MessageId, string? Text, string? Html);
