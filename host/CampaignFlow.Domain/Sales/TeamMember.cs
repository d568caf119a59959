namespace CampaignFlow.Domain.Sales;

public sealed class TeamMember
{
    public string TeamCode { get; set; } = "";
    public string SalespersonCode { get; set; } = "";
}
