namespace CampaignFlow.Domain.Security;

/// <summary>
/// An API key as stored: its public id, a salt and the SHA-256 of the secret part, never the key itself.
/// The whole key (<c>cf_&lt;id&gt;_&lt;secret&gt;</c>) is shown once, when it is created.
/// </summary>
public sealed class ApiKey : IValidatable
{
    private const string Record = nameof(ApiKey);

    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Role { get; set; } = Roles.Viewer;
    public byte[] Salt { get; set; } = [];
    public byte[] Hash { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool Active => RevokedAt is null;

    public void Validate()
    {
        Require.Code(Record, Id, nameof(Id), Id);
        Require.Text(Record, Id, nameof(Name), Name, 50);
        if (!Roles.IsKnown(Role))
            throw new DomainException(Record, Id, nameof(Role), $"'{Role}' is not a role; use one of {string.Join(", ", Roles.All)}.");
        if (Salt.Length < 16) throw new DomainException(Record, Id, nameof(Salt), "must be at least 16 bytes.");
        if (Hash.Length != 32) throw new DomainException(Record, Id, nameof(Hash), "must be a SHA-256 hash (32 bytes).");
    }
}
