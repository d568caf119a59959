using CampaignFlow.Domain.Sales;

namespace CampaignFlow.Host.Api.Sales;

public sealed record TeamDto(string Code, string Name, IReadOnlyList<string> Members)
{
    public static TeamDto From(Team team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return new(team.Code, team.Name, team.Members.Select(m => m.SalespersonCode).Order(StringComparer.Ordinal).ToList());
    }
}
