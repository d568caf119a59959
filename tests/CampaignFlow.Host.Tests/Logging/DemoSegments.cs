using CampaignFlow.Segments;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Host.Tests.Logging;

/// <summary>Builds segments on the demo data through the real SegmentService (the segments API lives on another branch).</summary>
internal static class DemoSegments
{
    /// <summary>A segment with <paramref name="contacts"/> PURCHASE contacts, template <paramref name="template"/>, linked to CP0001 as target or response.</summary>
    public static async Task<string> CreateAsync(RunningHost host, string description, string template, int contacts, bool response = false, int skip = 0)
    {
        var segments = host.Services.GetRequiredService<SegmentService>();
        var segment = await segments.CreateAsync(new SegmentHeaderUpdate
        {
            Description = description, CampaignNo = "CP0001", CampaignTarget = !response, CampaignResponse = response,
        });
        segment = await segments.SetTemplateAsync(segment.No, segment.Version, template);
        var version = segment.Version;
        foreach (var contactNo in await PurchaseContactsAsync(host, contacts, skip))
            version = (await segments.AddContactAsync(segment.No, version, contactNo)).Version;
        return segment.No;
    }

    public static async Task<List<string>> PurchaseContactsAsync(RunningHost host, int count, int skip = 0)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CampaignFlowDbContext>>().CreateDbContextAsync();
        return await db.ContactJobResponsibilities.Where(j => j.JobResponsibilityCode == "PURCHASE")
            .Where(j => db.Contacts.Any(c => c.No == j.ContactNo && c.Email != null && c.Email != ""))
            .OrderBy(j => j.ContactNo).Select(j => j.ContactNo).Skip(skip).Take(count).ToListAsync();
    }

    public static async Task<T> ReadAsync<T>(RunningHost host, Func<CampaignFlowDbContext, Task<T>> read)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CampaignFlowDbContext>>().CreateDbContextAsync();
        return await read(db);
    }
}
