namespace CampaignFlow.Domain;

/// <summary>A record that can check its own invariants; the store calls this before every write.</summary>
public interface IValidatable
{
    /// <summary>Throws <see cref="DomainException"/> naming the first broken rule.</summary>
    void Validate();
}
