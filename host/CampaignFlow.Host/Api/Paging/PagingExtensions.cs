using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api.Paging;

public static class PagingExtensions
{
    /// <summary>Counts, then reads one page of an ordered query; a page or size out of range is a 400 naming the field.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, int? page, int? pageSize, ApiOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (number, size) = Resolve(page, pageSize, options);
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new Page<T>(items, total, number, size);
    }

    public static (int Page, int PageSize) Resolve(int? page, int? pageSize, ApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var number = page ?? 1;
        var size = pageSize ?? options.DefaultPageSize;
        if (number < 1) throw new ApiValidationException("Page", "must be 1 or more.");
        if (number > 1_000_000) throw new ApiValidationException("Page", "must be 1,000,000 or less.");
        if (size < 1 || size > options.MaxPageSize) throw new ApiValidationException("PageSize", $"must be between 1 and {options.MaxPageSize}.");
        return (number, size);
    }

    public static Page<TOut> Map<TIn, TOut>(this Page<TIn> page, Func<TIn, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new Page<TOut>(page.Items.Select(map).ToList(), page.Total, page.PageNumber, page.PageSize);
    }
}
