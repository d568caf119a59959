namespace CampaignFlow.Domain.Tests;

public class SmokeTests
{
    [Fact]
    public void Domain_assembly_loads() => Assert.Equal("CampaignFlow.Domain", typeof(SmokeTests).Assembly.GetReferencedAssemblies().First(a => a.Name == "CampaignFlow.Domain").Name);
}
