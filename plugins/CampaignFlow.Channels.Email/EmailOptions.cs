namespace CampaignFlow.Channels.Email;

/// <summary>Settings of the e-mail channel, bound from <c>Plugins:email</c>.</summary>
public sealed class EmailOptions
{
    /// <summary>Gets or sets the SMTP server's host name.</summary>
    public string Host { get; set; } = string.Empty;

    /// <summary>Gets or sets the SMTP server's port (25, or 587 for submission with STARTTLS).</summary>
    public int Port { get; set; } = 25;

    /// <summary>Gets or sets a value indicating whether to upgrade the connection with STARTTLS (required then: a server that does not offer it is an error).</summary>
    public bool StartTls { get; set; }

    /// <summary>Gets or sets a value indicating whether to accept any server certificate (test servers only).</summary>
    public bool AcceptAnyCertificate { get; set; }

    /// <summary>Gets or sets the user name for AUTH PLAIN; no authentication when empty.</summary>
    public string? UserName { get; set; }

    /// <summary>Gets or sets the password for AUTH PLAIN.</summary>
    public string? Password { get; set; }

    /// <summary>Gets or sets the sender address (From and the envelope sender).</summary>
    public string FromAddress { get; set; } = string.Empty;

    /// <summary>Gets or sets the sender's display name.</summary>
    public string? FromName { get; set; }

    /// <summary>Gets or sets the name this client gives in EHLO.</summary>
    public string ClientName { get; set; } = "campaignflow.local";

    /// <summary>Gets or sets how many messages are sent at once (one SMTP connection each).</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Gets or sets the most messages sent per minute; 0 means no limit.</summary>
    public int MessagesPerMinute { get; set; }

    /// <summary>Gets or sets how long one SMTP command may wait for the server's reply.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
