namespace CampaignFlow.Channels.Email;

/// <summary>The SMTP server answered a command with an unexpected reply.</summary>
internal sealed class SmtpReplyException(string command, SmtpReply reply)
    : Exception($"SMTP server answered {command} with {reply.Code} {reply.Text}")
{
    public SmtpReply Reply { get; } = reply;

    public string Command { get; } = command;

    /// <summary>Gets a value indicating whether the reply is a 5xx to a command about this message (not the connection).</summary>
    public bool IsPermanentForMessage => Reply.Code is >= 500 and < 600 && Command is "MAIL FROM" or "RCPT TO" or "DATA" or "message";
}
