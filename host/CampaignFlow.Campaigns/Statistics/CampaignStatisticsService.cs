using System.Data.Common;
using System.Globalization;
using CampaignFlow.Domain;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CampaignFlow.Campaigns.Statistics;

/// <summary>
/// Campaign statistics as single aggregate queries in the database. EF Core cannot SUM decimals on SQLite (they are
/// stored as TEXT), and summing them as REAL would be inexact, so money and minutes are summed as integers scaled by
/// 10,000 — exact for the columns' 4 decimal places (precision 18,4) — and scaled back in C#. The SQL uses only
/// constructs SQLite and PostgreSQL share (TRUE/FALSE, CASE, CAST AS BIGINT).
/// </summary>
public sealed class CampaignStatisticsService(IDbContextFactory<CampaignFlowDbContext> contexts)
{
    private const decimal Scale = 10_000m;

    /// <summary>Statistics of one campaign, optionally for a date filter on the entries' Date.</summary>
    public async Task<CampaignStatistics> GetAsync(string campaignNo, DateRange? dates = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RequireCampaignAsync(db, campaignNo, cancellationToken);
        var rows = await TotalsAsync(db, campaignNo, dates, groupBySegment: false, cancellationToken);
        return CampaignStatistics.From(campaignNo, dates, rows.Count == 0 ? default : rows[0].Totals);
    }

    /// <summary>The same statistics per segment the entries were logged from, ordered by segment no.</summary>
    public async Task<IReadOnlyList<SegmentStatistics>> GetBySegmentAsync(string campaignNo, DateRange? dates = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RequireCampaignAsync(db, campaignNo, cancellationToken);
        var rows = await TotalsAsync(db, campaignNo, dates, groupBySegment: true, cancellationToken);
        return [.. rows.OrderBy(r => r.SegmentNo, StringComparer.Ordinal)
            .Select(r => new SegmentStatistics(r.SegmentNo, CampaignStatistics.From(campaignNo, dates, r.Totals)))];
    }

    /// <summary>Delivered / failed / in progress / not sent counts per correspondence type.</summary>
    public async Task<IReadOnlyList<ChannelStatistics>> GetByChannelAsync(string campaignNo, DateRange? dates = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RequireCampaignAsync(db, campaignNo, cancellationToken);
        var columns = Columns.Of(db);
        var counts = new Dictionary<CorrespondenceType, int[]>();
        await using (var command = await CommandAsync(db, columns, campaignNo, dates,
            $"{columns.CorrespondenceType}, {columns.DeliveryStatus}, COUNT(*)", $"GROUP BY {columns.CorrespondenceType}, {columns.DeliveryStatus}", cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var type = Enum.Parse<CorrespondenceType>(reader.GetString(0));
                var status = Enum.Parse<DeliveryStatus>(reader.GetString(1));
                var slot = counts.TryGetValue(type, out var existing) ? existing : counts[type] = new int[4];
                slot[(int)status] += ToInt(reader.GetValue(2));
            }
        }
        return [.. counts.OrderBy(c => c.Key).Select(c => new ChannelStatistics(c.Key, c.Value.Sum(),
            c.Value[(int)DeliveryStatus.Delivered], c.Value[(int)DeliveryStatus.Error], c.Value[(int)DeliveryStatus.InProgress], c.Value[(int)DeliveryStatus.None]))];
    }

    private static async Task<List<(string? SegmentNo, StatisticsTotals Totals)>> TotalsAsync(
        CampaignFlowDbContext db, string campaignNo, DateRange? dates, bool groupBySegment, CancellationToken cancellationToken)
    {
        var c = Columns.Of(db);
        var select = $"""
            {(groupBySegment ? c.SegmentNo : "NULL")}, COUNT(*),
            COALESCE(SUM(CASE WHEN {c.CampaignTarget} THEN 1 ELSE 0 END), 0),
            COALESCE(SUM(CASE WHEN {c.CampaignResponse} THEN 1 ELSE 0 END), 0),
            COALESCE(SUM(CAST(ROUND({c.Cost} * {Scale}) AS BIGINT)), 0),
            COALESCE(SUM(CAST(ROUND({c.DurationMin} * {Scale}) AS BIGINT)), 0)
            """;
        var rows = new List<(string?, StatisticsTotals)>();
        await using var command = await CommandAsync(db, c, campaignNo, dates, select, groupBySegment ? $"GROUP BY {c.SegmentNo}" : "", cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var totals = new StatisticsTotals(ToInt(reader.GetValue(1)), ToInt(reader.GetValue(2)), ToInt(reader.GetValue(3)),
                ToDecimal(reader.GetValue(4)) / Scale, ToDecimal(reader.GetValue(5)) / Scale);
            rows.Add((reader.IsDBNull(0) ? null : reader.GetString(0), totals));
        }
        return rows;
    }

    private static async Task<DbCommand> CommandAsync(CampaignFlowDbContext db, Columns c, string campaignNo, DateRange? dates, string select, string groupBy, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(cancellationToken);
        var command = connection.CreateCommand();
        var where = $"{c.CampaignNo} = @campaign AND {c.Canceled} = FALSE AND {c.Postponed} = FALSE";
        Add(command, "@campaign", campaignNo);
        if (dates?.From is { } from)
        {
            where += $" AND {c.Date} >= @from";
            Add(command, "@from", from);
        }
        if (dates?.To is { } to)
        {
            where += $" AND {c.Date} <= @to";
            Add(command, "@to", to);
        }
#pragma warning disable CA2100 // Only identifiers from the EF model are spliced in; every value is a parameter.
        command.CommandText = $"SELECT {select} FROM {c.Table} WHERE {where} {groupBy}";
#pragma warning restore CA2100
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static int ToInt(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static decimal ToDecimal(object value) => Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    private static async Task RequireCampaignAsync(CampaignFlowDbContext db, string campaignNo, CancellationToken cancellationToken)
    {
        if (!await db.Campaigns.AnyAsync(x => x.No == campaignNo, cancellationToken))
            throw new DomainException(nameof(Campaign), campaignNo, nameof(Campaign.No), "no such campaign.");
    }

    /// <summary>The quoted table and column names of InteractionLogEntry, taken from the EF model.</summary>
    private sealed record Columns(string Table, string CampaignNo, string Canceled, string Postponed, string Date, string CampaignTarget,
        string CampaignResponse, string Cost, string DurationMin, string SegmentNo, string CorrespondenceType, string DeliveryStatus)
    {
        public static Columns Of(CampaignFlowDbContext db)
        {
            var entity = db.Model.FindEntityType(typeof(InteractionLogEntry))!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            string Column(string property) => Quote(entity.FindProperty(property)!.GetColumnName(table)!);
            return new(Quote(entity.GetTableName()!), Column(nameof(InteractionLogEntry.CampaignNo)), Column(nameof(InteractionLogEntry.Canceled)),
                Column(nameof(InteractionLogEntry.Postponed)), Column(nameof(InteractionLogEntry.Date)), Column(nameof(InteractionLogEntry.CampaignTarget)),
                Column(nameof(InteractionLogEntry.CampaignResponse)), Column(nameof(InteractionLogEntry.Cost)), Column(nameof(InteractionLogEntry.DurationMin)),
                Column(nameof(InteractionLogEntry.SegmentNo)), Column(nameof(InteractionLogEntry.CorrespondenceType)), Column(nameof(InteractionLogEntry.DeliveryStatus)));
        }

        private static string Quote(string name) => $"\"{name}\"";
    }
}
