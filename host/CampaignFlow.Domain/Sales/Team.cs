namespace CampaignFlow.Domain.Sales;

public sealed class Team : IValidatable
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public List<TeamMember> Members { get; init; } = [];

    public void Validate()
    {
        Require.Code(nameof(Team), Code, nameof(Code), Code);
        Require.Text(nameof(Team), Code, nameof(Name), Name, 50);
        var duplicate = Members.GroupBy(m => m.SalespersonCode, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DomainException(nameof(Team), Code, nameof(Members), $"salesperson '{duplicate.Key}' is listed twice.");
    }
}
