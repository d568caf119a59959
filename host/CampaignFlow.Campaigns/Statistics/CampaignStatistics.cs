namespace CampaignFlow.Campaigns.Statistics;

/// <summary>
/// BC's Campaign Statistics over non-canceled, non-postponed interaction entries of the campaign (and date filter).
/// "Contacts" are counted as BC's FlowFields count them: interaction log entries (Count), not distinct contacts —
/// a contact written to twice as a target counts twice.
/// Response rate = responded / contacted × 100 rounded to 0.1; average cost per response rounded to 0.01 and
/// average duration per response rounded to 0.01 (BC's page 5088); all are 0 when their divisor is 0.
/// </summary>
public sealed record CampaignStatistics(
    string CampaignNo, DateRange? Dates, int TargetContactsContacted, int ContactsResponded, decimal ResponseRatePct,
    decimal CostLcy, decimal AvgCostPerResponse, decimal DurationMin, decimal AvgDurationPerResponse, int Interactions)
{
    internal static CampaignStatistics From(string campaignNo, DateRange? dates, StatisticsTotals t)
    {
        var rate = t.Contacted == 0 ? 0m : Math.Round(t.Responded * 100m / t.Contacted, 1, MidpointRounding.AwayFromZero);
        var avgCost = t.Responded == 0 ? 0m : Math.Round(t.Cost / t.Responded, 2, MidpointRounding.AwayFromZero);
        var avgDuration = t.Responded == 0 ? 0m : Math.Round(t.Duration / t.Responded, 2, MidpointRounding.AwayFromZero);
        return new(campaignNo, dates, t.Contacted, t.Responded, rate, t.Cost, avgCost, t.Duration, avgDuration, t.Entries);
    }
}
