using System.Linq.Expressions;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Segments.Filters;
using CampaignFlow.Storage;

namespace CampaignFlow.Segments;

/// <summary>
/// The sets each action works on, as EF queries (so they run as SQL inside the store, never as a contact list
/// in memory). Membership tests over a whole set use IN (subquery), which the database materialises once;
/// per-line tests against the contact use a correlated EXISTS on the contact's primary key.
/// </summary>
internal static class SegmentQueries
{
    /// <summary>The contacts Add Contacts would insert, with its options applied (DOMAIN.md "Add Contacts").</summary>
    public static IQueryable<Contact> AddCandidates(CampaignFlowDbContext db, string segmentNo, Expression<Func<Contact, bool>> filter, SegmentActionOptions options)
    {
        var all = db.Contacts;
        var matched = all.Where(SetMembershipRewriter.Rewrite(db, filter));
        // As BC: an excluded contact brings neither itself nor its company / colleagues (checked again at the end for those).
        if (!options.IgnoreExclusion) matched = matched.Where(c => !c.ExcludeFromSegment);
        IQueryable<Contact> set = matched;
        var widened = options.ExpandCompanies || options.AllowRelatedCompanies;
        if (options.ExpandCompanies)
        {
            // Each contact with a company is replaced by the company and all its persons.
            var companies = matched.Where(m => m.CompanyNo != null).Select(m => m.CompanyNo);
            var alone = matched.Where(m => m.CompanyNo == null).Select(m => m.No);
            set = all.Where(c => (c.CompanyNo != null && companies.Contains(c.CompanyNo)) || (c.CompanyNo == null && alone.Contains(c.No)));
        }
        if (options.AllowRelatedCompanies)
        {
            var chosen = set.Select(c => c.No);
            var theirCompanies = set.Where(c => c.CompanyNo != null).Select(c => c.CompanyNo!);
            set = all.Where(c => chosen.Contains(c.No) || theirCompanies.Contains(c.No));
        }
        // Only a widened set holds contacts the filter has not checked; otherwise the test is there already (once in the SQL).
        if (!options.IgnoreExclusion && widened) set = set.Where(c => !c.ExcludeFromSegment);
        if (!options.AllowExistingContacts)
            set = set.Where(c => !db.SegmentLines.Any(l => l.SegmentNo == segmentNo && l.ContactNo == c.No));
        return set;
    }

    /// <summary>The lines Reduce (matching) or Refine (not matching) would delete; Entire Companies widens the test to whole companies.</summary>
    public static IQueryable<SegmentLine> LinesToRemove(CampaignFlowDbContext db, string segmentNo, SegmentActionKind kind, Expression<Func<Contact, bool>> filter, bool entireCompanies)
    {
        var lines = db.SegmentLines.Where(l => l.SegmentNo == segmentNo);
        var matching = db.Contacts.Where(SetMembershipRewriter.Rewrite(db, filter));
        var matchLines = lines.Where(l => matching.Any(c => c.No == l.ContactNo));
        if (!entireCompanies)
            return kind == SegmentActionKind.Reduce ? matchLines : lines.Where(l => !matching.Any(c => c.No == l.ContactNo));
        // A line is "hit" when it matches itself or shares its company with a line that matches.
        var hitLineNos = matchLines.Select(m => m.LineNo);
        var hitCompanies = matchLines.Where(m => m.ContactCompanyNo != null).Select(m => m.ContactCompanyNo);
        Expression<Func<SegmentLine, bool>> hit = l => hitLineNos.Contains(l.LineNo) || (l.ContactCompanyNo != null && hitCompanies.Contains(l.ContactCompanyNo));
        return kind == SegmentActionKind.Reduce ? lines.Where(hit) : lines.Where(Not(hit));
    }

    /// <summary>The contacts matching a filter, in the index-friendly form.</summary>
    public static IQueryable<Contact> Matching(CampaignFlowDbContext db, Expression<Func<Contact, bool>> filter) =>
        db.Contacts.Where(SetMembershipRewriter.Rewrite(db, filter));

    private static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
