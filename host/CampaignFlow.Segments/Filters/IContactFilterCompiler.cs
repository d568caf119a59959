namespace CampaignFlow.Segments.Filters;

/// <summary>
/// Turns a stored rule or an inline expression into a <see cref="ContactFilter"/> that EF Core can translate.
/// Throws <see cref="CampaignFlow.Domain.DomainException"/> naming the rule (and position) when it is
/// unknown or does not compile.
/// </summary>
public interface IContactFilterCompiler
{
    ContactFilter Compile(SegmentFilter filter);
}
