using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>Segment reads shared by the API and the segment pages.</summary>
public static class SegmentReads
{
    public static Task<SegmentHeader?> HeaderAsync(CampaignFlowDbContext db, string no, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Segments.AsNoTracking().Where(s => s.No == no).Select(s => new SegmentHeader(
            s.No, s.Description, s.Date, s.SalespersonCode, s.CampaignNo, s.CampaignTarget, s.CampaignResponse,
            s.InteractionTemplateCode, s.InteractionGroupCode, s.SubjectDefault, s.LanguageCodeDefault,
            s.CorrespondenceTypeDefault, s.IgnoreContactCorresType, s.UnitCost, s.UnitDurationMin, s.InformationFlow, s.InitiatedBy,
            db.SegmentLines.Count(l => l.SegmentNo == s.No), db.SegmentCriteriaActions.Count(a => a.SegmentNo == s.No), s.Version))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public static Task<Page<SegmentListItem>> ListAsync(CampaignFlowDbContext db, SegmentQuery query, ApiOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var segments = db.Segments.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{query.Search.Trim()}%";
            segments = segments.Where(s => EF.Functions.Like(s.No, pattern) || EF.Functions.Like(s.Description, pattern));
        }
        if (!string.IsNullOrWhiteSpace(query.CampaignNo)) segments = segments.Where(s => s.CampaignNo == query.CampaignNo);
        return segments.OrderBy(s => s.No)
            .Select(s => new SegmentListItem(s.No, s.Description, s.Date, s.CampaignNo, s.CampaignTarget, db.SegmentLines.Count(l => l.SegmentNo == s.No), s.Version))
            .ToPageAsync(query.Page, query.PageSize, options, cancellationToken);
    }

    public static Task<Page<SegmentLineItem>> LinesAsync(CampaignFlowDbContext db, string no, int? page, int? pageSize, ApiOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.SegmentLines.AsNoTracking().Where(l => l.SegmentNo == no).OrderBy(l => l.LineNo)
            .Select(l => new SegmentLineItem(l.LineNo, l.ContactNo, db.Contacts.Where(c => c.No == l.ContactNo).Select(c => c.Name).FirstOrDefault(),
                l.ContactCompanyNo, l.CampaignNo, l.CampaignTarget, l.CampaignResponse, l.CorrespondenceType, l.LanguageCode, l.Subject))
            .ToPageAsync(page, pageSize, options, cancellationToken);
    }

    public static Task<bool> ExistsAsync(CampaignFlowDbContext db, string no, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Segments.AnyAsync(s => s.No == no, cancellationToken);
    }
}
