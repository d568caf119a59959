using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Workflows.Hosting.Rules;

/// <summary>Reads the rule inputs from the store.</summary>
public static class WorkflowRuleInputs
{
    public static async Task<WorkflowRuleCampaign?> CampaignAsync(CampaignFlowDbContext db, string campaignNo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var c = await db.Campaigns.FindAsync([campaignNo], cancellationToken).ConfigureAwait(false);
        return c is null ? null : new WorkflowRuleCampaign(c.No, c.Description, c.StatusCode, c.StartingDate, c.EndingDate, c.SalespersonCode);
    }

    public static async Task<WorkflowRuleContact?> ContactAsync(CampaignFlowDbContext db, string contactNo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Contacts.AsNoTracking().Where(c => c.No == contactNo)
            .Select(c => new WorkflowRuleContact(c.No, c.Name, c.CompanyNo, c.Email, c.CountryRegionCode, c.LanguageCode, c.SalespersonCode))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}
