using System.Globalization;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Interactions.Sql;
using CampaignFlow.Storage;

namespace CampaignFlow.Interactions.Logging;

/// <summary>
/// Writes a segment's lines as interaction log entries, their outbox rows and the follow-up segment's lines, each with
/// one <c>INSERT … SELECT</c> inside the caller's transaction: the rows never travel to the process and back, which made
/// a round trip per line the bulk of Log Segment's time. Entries are written a range of lines at a time, for progress.
/// </summary>
internal sealed class LoggedLinesWriter : IDisposable
{
    private static readonly Type Entry = typeof(InteractionLogEntry);
    private static readonly Type Line = typeof(SegmentLine);

    private readonly LoggedLinesPlan _plan;
    private readonly ModelCommand _nextRangeStart;
    private readonly ModelCommand _entries;
    private readonly ModelCommand _deliveries;
    private readonly ModelCommand? _followUp;
    private readonly object?[] _entryValues;

    public LoggedLinesWriter(CampaignFlowDbContext db, LoggedLinesPlan plan)
    {
        _plan = plan;
        _nextRangeStart = new ModelCommand(db, Line, [(Line, nameof(SegmentLine.SegmentNo)), (Line, nameof(SegmentLine.LineNo)), (Line, nameof(SegmentLine.LineNo))],
            n => $"SELECT {n.Column(nameof(SegmentLine.LineNo))} FROM {n.Table} WHERE {n.Column(nameof(SegmentLine.SegmentNo))} = {n.Placeholders[0]} " +
                 $"AND {n.Column(nameof(SegmentLine.LineNo))} > {n.Placeholders[1]} ORDER BY {n.Column(nameof(SegmentLine.LineNo))} LIMIT 1 OFFSET {n.Placeholders[2]}");
        (_entries, _entryValues) = EntriesCommand(db, plan);
        _deliveries = DeliveriesCommand(db);
        _followUp = plan.FollowUpNo is null ? null : FollowUpCommand(db);
    }

    /// <summary>
    /// Writes the entries of the next <paramref name="count"/> lines after line <paramref name="afterLineNo"/>; returns how
    /// many were written and the range's last line no., <see cref="int.MaxValue"/> when the range ran to the last line.
    /// </summary>
    public async Task<(int Written, int LastLineNo)> WriteEntriesAsync(int afterLineNo, int count, CancellationToken cancellationToken)
    {
        // The first line of the next range; none left means this range runs to the end.
        var next = await _nextRangeStart.ExecuteScalarAsync([_plan.Segment.No, afterLineNo, count], cancellationToken);
        var upTo = next is null or DBNull ? int.MaxValue : Convert.ToInt32(next, CultureInfo.InvariantCulture) - 1;
        _entryValues[^2] = afterLineNo;
        _entryValues[^1] = upTo;
        var written = await _entries.ExecuteAsync(_entryValues, cancellationToken);
        return (written, upTo);
    }

    /// <summary>Writes one outbox row per entry to send (In Progress); returns how many.</summary>
    public Task<int> WriteDeliveriesAsync(CancellationToken cancellationToken) =>
        _deliveries.ExecuteAsync([_plan.LoggedEntryNo, DeliveryStatus.InProgress, DeliveryState.Pending, 0, _plan.Now], cancellationToken);

    /// <summary>Copies the lines to the follow-up segment (when asked for one).</summary>
    public Task WriteFollowUpLinesAsync(CancellationToken cancellationToken) => _followUp is null
        ? Task.CompletedTask
        : _followUp.ExecuteAsync(
            [_plan.FollowUpNo, false, false, 0m, 0m, _plan.FollowUpDescription, CorrespondenceType.None, InformationFlow.Outbound, InitiatedBy.Us, _plan.Segment.No],
            cancellationToken);

    public void Dispose()
    {
        _nextRangeStart.Dispose();
        _entries.Dispose();
        _deliveries.Dispose();
        _followUp?.Dispose();
    }

    private static (ModelCommand, object?[]) EntriesCommand(CampaignFlowDbContext db, LoggedLinesPlan plan)
    {
        // Parameters: the constant columns, then the campaign entry per campaign, the templates with something to send,
        // and last the range of lines.
        var parameters = new List<(Type, string)>
        {
            (Entry, nameof(InteractionLogEntry.Time)), (Entry, nameof(InteractionLogEntry.Description)), (Entry, nameof(InteractionLogEntry.Subject)),
            (Entry, nameof(InteractionLogEntry.UserId)), (Entry, nameof(InteractionLogEntry.SegmentNo)), (Entry, nameof(InteractionLogEntry.LoggedSegmentEntryNo)),
            (Entry, nameof(InteractionLogEntry.DeliveryStatus)), (Entry, nameof(InteractionLogEntry.DeliveryStatus)),
            (Line, nameof(SegmentLine.CorrespondenceType)), (Entry, nameof(InteractionLogEntry.Canceled)),
        };
        var values = new List<object?>
        {
            plan.TimeOfDay, plan.DefaultDescription, plan.Segment.SubjectDefault, plan.UserId, plan.Segment.No, plan.LoggedEntryNo,
            DeliveryStatus.None, DeliveryStatus.InProgress, CorrespondenceType.None, false,
        };
        var campaigns = plan.CampaignEntryNos.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        foreach (var (campaign, entryNo) in campaigns)
        {
            parameters.Add((Line, nameof(SegmentLine.CampaignNo)));
            parameters.Add((Entry, nameof(InteractionLogEntry.CampaignEntryNo)));
            values.Add(campaign);
            values.Add(entryNo);
        }

        var sendable = plan.SendableTemplates.Order(StringComparer.Ordinal).ToList();
        foreach (var template in sendable)
        {
            parameters.Add((Line, nameof(SegmentLine.InteractionTemplateCode)));
            values.Add(template);
        }

        parameters.Add((Line, nameof(SegmentLine.LineNo)));
        parameters.Add((Line, nameof(SegmentLine.LineNo)));
        values.Add(null);
        values.Add(null);
        var campaignStart = 10;
        var templateStart = campaignStart + 2 * campaigns.Count;

        var command = new ModelCommand(db, Entry, parameters, n =>
        {
            var p = n.Placeholders;
            string L(string property) => "l." + C(n, Line, property);
            var campaignEntry = campaigns.Count == 0
                ? "NULL"
                : $"CASE {L(nameof(SegmentLine.CampaignNo))} " +
                  string.Concat(Enumerable.Range(0, campaigns.Count).Select(i => $"WHEN {p[campaignStart + 2 * i]} THEN {p[campaignStart + 2 * i + 1]} ")) + "END";
            var deliveryStatus = sendable.Count == 0
                ? p[6]
                : $"CASE WHEN {L(nameof(SegmentLine.CorrespondenceType))} <> {p[8]} AND {L(nameof(SegmentLine.InteractionTemplateCode))} IN " +
                  $"({string.Join(", ", p.Skip(templateStart).Take(sendable.Count))}) THEN {p[7]} ELSE {p[6]} END";
            var columns = new (string Entry, string Value)[]
            {
                (nameof(InteractionLogEntry.ContactNo), L(nameof(SegmentLine.ContactNo))),
                (nameof(InteractionLogEntry.ContactCompanyNo), L(nameof(SegmentLine.ContactCompanyNo))),
                (nameof(InteractionLogEntry.Date), L(nameof(SegmentLine.Date))),
                (nameof(InteractionLogEntry.Time), p[0]),
                (nameof(InteractionLogEntry.Description), $"substr(COALESCE({L(nameof(SegmentLine.Description))}, {p[1]}), 1, 100)"),
                (nameof(InteractionLogEntry.Subject), $"COALESCE({L(nameof(SegmentLine.Subject))}, {p[2]})"),
                (nameof(InteractionLogEntry.InteractionTemplateCode), L(nameof(SegmentLine.InteractionTemplateCode))),
                (nameof(InteractionLogEntry.InteractionGroupCode), L(nameof(SegmentLine.InteractionGroupCode))),
                (nameof(InteractionLogEntry.InformationFlow), L(nameof(SegmentLine.InformationFlow))),
                (nameof(InteractionLogEntry.InitiatedBy), L(nameof(SegmentLine.InitiatedBy))),
                (nameof(InteractionLogEntry.Cost), L(nameof(SegmentLine.CostLcy))),
                (nameof(InteractionLogEntry.DurationMin), L(nameof(SegmentLine.DurationMin))),
                (nameof(InteractionLogEntry.SalespersonCode), L(nameof(SegmentLine.SalespersonCode))),
                (nameof(InteractionLogEntry.UserId), p[3]),
                (nameof(InteractionLogEntry.CampaignNo), L(nameof(SegmentLine.CampaignNo))),
                (nameof(InteractionLogEntry.CampaignEntryNo), campaignEntry),
                (nameof(InteractionLogEntry.CampaignTarget), L(nameof(SegmentLine.CampaignTarget))),
                (nameof(InteractionLogEntry.CampaignResponse), L(nameof(SegmentLine.CampaignResponse))),
                (nameof(InteractionLogEntry.SegmentNo), p[4]),
                (nameof(InteractionLogEntry.LoggedSegmentEntryNo), p[5]),
                (nameof(InteractionLogEntry.SegmentLineNo), L(nameof(SegmentLine.LineNo))),
                (nameof(InteractionLogEntry.CorrespondenceType), L(nameof(SegmentLine.CorrespondenceType))),
                (nameof(InteractionLogEntry.LanguageCode), L(nameof(SegmentLine.LanguageCode))),
                (nameof(InteractionLogEntry.DeliveryStatus), deliveryStatus),
                (nameof(InteractionLogEntry.Canceled), p[9]),
                (nameof(InteractionLogEntry.Postponed), p[9]),
            };
            return $"INSERT INTO {n.Table} ({string.Join(", ", columns.Select(c => n.Column(c.Entry)))}) " +
                   $"SELECT {string.Join(", ", columns.Select(c => c.Value))} FROM {n.TableOf(Line)} l " +
                   $"WHERE {L(nameof(SegmentLine.SegmentNo))} = {p[4]} AND {L(nameof(SegmentLine.LineNo))} > {p[^2]} AND {L(nameof(SegmentLine.LineNo))} <= {p[^1]} " +
                   $"ORDER BY {L(nameof(SegmentLine.LineNo))}";
        });
        return (command, values.ToArray());
    }

    private static ModelCommand DeliveriesCommand(CampaignFlowDbContext db)
    {
        var delivery = typeof(Delivery);
        return new ModelCommand(db, delivery,
            [
                (Entry, nameof(InteractionLogEntry.LoggedSegmentEntryNo)), (Entry, nameof(InteractionLogEntry.DeliveryStatus)),
                (delivery, nameof(Delivery.State)), (delivery, nameof(Delivery.Attempts)), (delivery, nameof(Delivery.NextAttemptAt)),
            ],
            n =>
            {
                var p = n.Placeholders;
                string E(string property) => "e." + C(n, Entry, property);
                string[] columns =
                [
                    nameof(Delivery.LoggedSegmentEntryNo), nameof(Delivery.LineNo), nameof(Delivery.InteractionEntryNo),
                    nameof(Delivery.CorrespondenceType), nameof(Delivery.State), nameof(Delivery.Attempts), nameof(Delivery.NextAttemptAt),
                ];
                return $"INSERT INTO {n.Table} ({string.Join(", ", columns.Select(n.Column))}) " +
                       $"SELECT {E(nameof(InteractionLogEntry.LoggedSegmentEntryNo))}, {E(nameof(InteractionLogEntry.SegmentLineNo))}, " +
                       $"{E(nameof(InteractionLogEntry.EntryNo))}, {E(nameof(InteractionLogEntry.CorrespondenceType))}, {p[2]}, {p[3]}, {p[4]} " +
                       $"FROM {n.TableOf(Entry)} e WHERE {E(nameof(InteractionLogEntry.LoggedSegmentEntryNo))} = {p[0]} " +
                       $"AND {E(nameof(InteractionLogEntry.DeliveryStatus))} = {p[1]} ORDER BY {E(nameof(InteractionLogEntry.EntryNo))}";
            });
    }

    private static ModelCommand FollowUpCommand(CampaignFlowDbContext db) =>
        new(db, Line,
            [
                (Line, nameof(SegmentLine.SegmentNo)), (Line, nameof(SegmentLine.CampaignTarget)), (Line, nameof(SegmentLine.CampaignResponse)),
                (Line, nameof(SegmentLine.CostLcy)), (Line, nameof(SegmentLine.DurationMin)), (Line, nameof(SegmentLine.Description)),
                (Line, nameof(SegmentLine.CorrespondenceType)), (Line, nameof(SegmentLine.InformationFlow)), (Line, nameof(SegmentLine.InitiatedBy)),
                (Line, nameof(SegmentLine.SegmentNo)),
            ],
            n =>
            {
                var p = n.Placeholders;
                string L(string property) => "l." + n.Column(property);
                var columns = new (string Line, string Value)[]
                {
                    (nameof(SegmentLine.SegmentNo), p[0]), (nameof(SegmentLine.LineNo), L(nameof(SegmentLine.LineNo))),
                    (nameof(SegmentLine.ContactNo), L(nameof(SegmentLine.ContactNo))),
                    (nameof(SegmentLine.ContactCompanyNo), L(nameof(SegmentLine.ContactCompanyNo))),
                    (nameof(SegmentLine.CampaignNo), L(nameof(SegmentLine.CampaignNo))),
                    (nameof(SegmentLine.CampaignTarget), p[1]), (nameof(SegmentLine.CampaignResponse), p[2]),
                    (nameof(SegmentLine.CostLcy), p[3]), (nameof(SegmentLine.DurationMin), p[4]), (nameof(SegmentLine.Description), p[5]),
                    (nameof(SegmentLine.SalespersonCode), L(nameof(SegmentLine.SalespersonCode))),
                    (nameof(SegmentLine.CorrespondenceType), p[6]), (nameof(SegmentLine.InformationFlow), p[7]), (nameof(SegmentLine.InitiatedBy), p[8]),
                };
                return $"INSERT INTO {n.Table} ({string.Join(", ", columns.Select(c => n.Column(c.Line)))}) " +
                       $"SELECT {string.Join(", ", columns.Select(c => c.Value))} FROM {n.Table} l " +
                       $"WHERE {L(nameof(SegmentLine.SegmentNo))} = {p[9]} ORDER BY {L(nameof(SegmentLine.LineNo))}";
            });

    private static string C(ModelCommand.Names names, Type entity, string property) => names.ColumnOf(entity, property);
}
