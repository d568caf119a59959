using System.Linq.Expressions;
using CampaignFlow.Domain.Contacts;

namespace CampaignFlow.Segments.Filters;

/// <summary>
/// A filter ready to run inside the database: the predicate EF Core translates to SQL, and the
/// <see cref="Source"/> it came from (recorded with the action so it can be replayed).
/// </summary>
public sealed record ContactFilter(Expression<Func<Contact, bool>> Predicate, SegmentFilter Source);
