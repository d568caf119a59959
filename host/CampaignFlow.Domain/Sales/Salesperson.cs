namespace CampaignFlow.Domain.Sales;

public sealed class Salesperson : IValidatable
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public string? PhoneNo { get; set; }
    public bool Blocked { get; set; }

    /// <summary>Blocked salespeople cannot be put on a campaign, segment, contact or task.</summary>
    public void EnsureAssignable()
    {
        if (Blocked)
            throw new DomainException(nameof(Salesperson), Code, nameof(Blocked), "is blocked and cannot be assigned.");
    }

    public void Validate()
    {
        Require.Code(nameof(Salesperson), Code, nameof(Code), Code);
        Require.Text(nameof(Salesperson), Code, nameof(Name), Name, 50);
    }
}
