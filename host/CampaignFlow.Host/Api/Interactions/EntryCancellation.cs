using CampaignFlow.Domain.Security;

namespace CampaignFlow.Host.Api.Interactions;

/// <summary>The three marketing actions every logged record has: cancel, uncancel, delete (only when canceled; cascades).</summary>
internal static class EntryCancellation
{
    /// <summary>
    /// Maps <c>POST /{entryNo}/cancel</c>, <c>POST /{entryNo}/uncancel</c> and <c>DELETE /{entryNo}</c> on <paramref name="group"/>.
    /// <paramref name="exists"/> makes an unknown entry a 404 (the service alone would call it a broken rule).
    /// </summary>
    public static void MapCancelAndDelete(
        RouteGroupBuilder group, string record,
        Func<IServiceProvider, int, CancellationToken, Task<bool>> exists,
        Func<IServiceProvider, int, bool, CancellationToken, Task> setCanceled,
        Func<IServiceProvider, int, CancellationToken, Task> delete)
    {
        group.MapPost("/{entryNo:int}/cancel", (int entryNo, HttpContext http, CancellationToken ct) =>
            RunAsync(http.RequestServices, record, entryNo, exists, (s, c) => setCanceled(s, entryNo, true, c), ct)).RequireAuthorization(Roles.Marketing);
        group.MapPost("/{entryNo:int}/uncancel", (int entryNo, HttpContext http, CancellationToken ct) =>
            RunAsync(http.RequestServices, record, entryNo, exists, (s, c) => setCanceled(s, entryNo, false, c), ct)).RequireAuthorization(Roles.Marketing);
        group.MapDelete("/{entryNo:int}", (int entryNo, HttpContext http, CancellationToken ct) =>
            RunAsync(http.RequestServices, record, entryNo, exists, (s, c) => delete(s, entryNo, c), ct)).RequireAuthorization(Roles.Marketing);
    }

    private static async Task<IResult> RunAsync(IServiceProvider services, string record, int entryNo,
        Func<IServiceProvider, int, CancellationToken, Task<bool>> exists, Func<IServiceProvider, CancellationToken, Task> action, CancellationToken ct)
    {
        if (!await exists(services, entryNo, ct)) return ApiProblems.NotFound(record, entryNo);
        await action(services, ct);
        return Results.NoContent();
    }
}
