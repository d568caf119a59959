using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api.Campaigns;

/// <summary>Campaign reads shared by the API and the web UI. The card is one compiled query (it is the hot read).</summary>
public static class CampaignQueries
{
    private static readonly Func<CampaignFlowDbContext, string, Task<CampaignCard?>> Card = EF.CompileAsyncQuery(
        (CampaignFlowDbContext db, string no) => db.Campaigns.AsNoTracking().Where(c => c.No == no).Select(c => new CampaignCard(
            c.No, c.Description, c.StatusCode,
            db.CampaignStatuses.Where(s => s.Code == c.StatusCode).Select(s => s.Description).FirstOrDefault(),
            c.StartingDate, c.EndingDate, c.SalespersonCode,
            db.Salespeople.Where(s => s.Code == c.SalespersonCode).Select(s => s.Name).FirstOrDefault(),
            c.LastDateModified, c.Version,
            db.CampaignTargetGroups.Any(t => t.CampaignNo == c.No),
            db.CampaignEntries.Count(e => e.CampaignNo == c.No && !e.Canceled),
            db.InteractionLogEntries.Count(e => e.CampaignNo == c.No && !e.Canceled),
            db.InteractionLogEntries.Count(e => e.CampaignNo == c.No && !e.Canceled && !e.Postponed && e.CampaignTarget),
            db.InteractionLogEntries.Count(e => e.CampaignNo == c.No && !e.Canceled && !e.Postponed && e.CampaignResponse),
            db.Segments.Count(s => s.CampaignNo == c.No)))
        .FirstOrDefault());

    public static Task<CampaignCard?> CardAsync(CampaignFlowDbContext db, string no) => Card(db, no);

    public static Task<Page<CampaignListItem>> ListAsync(CampaignFlowDbContext db, CampaignQuery query, ApiOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var campaigns = db.Campaigns.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{query.Search.Trim()}%";
            campaigns = campaigns.Where(c => EF.Functions.Like(c.No, pattern) || EF.Functions.Like(c.Description, pattern));
        }
        if (!string.IsNullOrWhiteSpace(query.StatusCode)) campaigns = campaigns.Where(c => c.StatusCode == query.StatusCode);
        if (!string.IsNullOrWhiteSpace(query.SalespersonCode)) campaigns = campaigns.Where(c => c.SalespersonCode == query.SalespersonCode);
        return campaigns.OrderBy(c => c.No)
            .Select(c => new CampaignListItem(c.No, c.Description, c.StatusCode, c.StartingDate, c.EndingDate, c.SalespersonCode))
            .ToPageAsync(query.Page, query.PageSize, options, cancellationToken);
    }
}
