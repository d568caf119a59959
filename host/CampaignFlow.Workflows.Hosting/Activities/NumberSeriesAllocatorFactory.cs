using CampaignFlow.Storage;

namespace CampaignFlow.Workflows.Hosting.Activities;

/// <summary>A <see cref="NumberSeriesAllocator"/> over a given context (so the number is taken in that context's transaction).</summary>
public sealed class NumberSeriesAllocatorFactory
{
    public NumberSeriesAllocator Create(CampaignFlowDbContext db) => new(db);
}
