using System.Data.Common;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignFlow.Segments.Sql;

/// <summary>
/// Writes the few set-based statements EF LINQ cannot express (INSERT … SELECT, and UPDATE from the contact
/// row). Every table and column name comes from the EF model and is quoted by the provider; every value is a
/// DbParameter made by the column's own type mapping (so enum-as-text, decimal and date converters apply);
/// the filter part is EF's own translated command, parameters included. Nothing user-typed is ever spliced
/// into the text, so the statements stay parameter-safe and provider-neutral (SQLite and PostgreSQL).
/// </summary>
internal sealed class SegmentSql
{
    private const string ContactAlias = "cf_c";
    private readonly ISqlGenerationHelper _sql;
    private readonly IEntityType _line;
    private readonly IEntityType _history;
    private readonly IEntityType _contact;
    private int _parameters;

    public SegmentSql(CampaignFlowDbContext db)
    {
        _sql = db.GetService<ISqlGenerationHelper>();
        _line = db.Model.FindEntityType(typeof(SegmentLine))!;
        _history = db.Model.FindEntityType(typeof(SegmentHistoryEntry))!;
        _contact = db.Model.FindEntityType(typeof(Contact))!;
        LineProperties = _line.GetProperties().Select(p => p.Name).ToList();
    }

    /// <summary>Every SegmentLine property; SegmentHistoryEntry has a property of the same name for each.</summary>
    public IReadOnlyList<string> LineProperties { get; }

    /// <summary>
    /// Turns EF's command for a query of contact numbers into "insert one line per contact", numbered
    /// <paramref name="lastLineNo"/> + 10000, + 20000 … in BC's order (company name, company no., type, name).
    /// </summary>
    public void InsertLinesFromContacts(DbCommand command, Segment header, InteractionTemplate? template, int lastLineNo)
    {
        var values = LineValues(command, header, template);
        var c = Quote(ContactAlias);
        var order = $"COALESCE({ContactColumn(nameof(Contact.CompanyName))}, ''), COALESCE({ContactColumn(nameof(Contact.CompanyNo))}, ''), " +
                    $"{ContactColumn(nameof(Contact.Type))}, {ContactColumn(nameof(Contact.Name))}, {ContactColumn(nameof(Contact.No))}";
        values[nameof(SegmentLine.SegmentNo)] = new(Parameter(command, _line, nameof(SegmentLine.SegmentNo), header.No), false);
        values[nameof(SegmentLine.LineNo)] = new(
            $"{Parameter(command, _line, nameof(SegmentLine.LineNo), lastLineNo)} + {Segment.LineNoStep} * ROW_NUMBER() OVER (ORDER BY {order})", true);
        values[nameof(SegmentLine.ContactNo)] = new(ContactColumn(nameof(Contact.No)), true);
        var columns = LineProperties.Select(LineColumn);
        command.CommandText =
            $"WITH {Quote("cf_m")} ({Quote("ContactNo")}) AS (\n{command.CommandText}\n)\n" +
            $"INSERT INTO {Table(_line)} ({string.Join(", ", columns)})\n" +
            $"SELECT {string.Join(", ", LineProperties.Select(p => values[p].Sql))}\n" +
            $"FROM {Quote("cf_m")} INNER JOIN {Table(_contact)} AS {c} ON {ContactColumn(nameof(Contact.No))} = {Quote("cf_m")}.{Quote("ContactNo")}";
    }

    /// <summary>
    /// Copies the lines EF's query of line numbers (in <paramref name="command"/>) selects into the history of action
    /// <paramref name="actionNo"/>, every field, before they are deleted.
    /// </summary>
    public void SnapshotDeletedLines(DbCommand command, string segmentNo, int actionNo)
    {
        var l = Quote("cf_l");
        var targets = new List<string> { HistoryColumn(nameof(SegmentHistoryEntry.ActionNo)), HistoryColumn(nameof(SegmentHistoryEntry.Inserted)) };
        var sources = new List<string>
        {
            Parameter(command, _history, nameof(SegmentHistoryEntry.ActionNo), actionNo),
            Parameter(command, _history, nameof(SegmentHistoryEntry.Inserted), false),
        };
        targets.AddRange(LineProperties.Select(HistoryColumn));
        sources.AddRange(LineProperties.Select(p => $"{l}.{LineColumn(p)}"));
        var where = $"{l}.{LineColumn(nameof(SegmentLine.SegmentNo))} = {Parameter(command, _line, nameof(SegmentLine.SegmentNo), segmentNo)} AND ";
        where += $"{l}.{LineColumn(nameof(SegmentLine.LineNo))} IN (SELECT {Quote("LineNo")} FROM {Quote("cf_d")})";
        command.CommandText = $"WITH {Quote("cf_d")} ({Quote("LineNo")}) AS (\n{command.CommandText}\n)\n" +
            $"INSERT INTO {Table(_history)} ({string.Join(", ", targets)})\n" +
            $"SELECT {string.Join(", ", sources)} FROM {Table(_line)} AS {l} WHERE {where}";
    }

    /// <summary>Puts the lines an action deleted back, with every field they had.</summary>
    public void RestoreDeletedLines(DbCommand command, string segmentNo, int actionNo)
    {
        var h = Quote("cf_h");
        command.CommandText =
            $"INSERT INTO {Table(_line)} ({string.Join(", ", LineProperties.Select(LineColumn))})\n" +
            $"SELECT {string.Join(", ", LineProperties.Select(p => $"{h}.{HistoryColumn(p)}"))} FROM {Table(_history)} AS {h}\n" +
            $"WHERE {h}.{HistoryColumn(nameof(SegmentHistoryEntry.SegmentNo))} = {Parameter(command, _history, nameof(SegmentHistoryEntry.SegmentNo), segmentNo)}" +
            $" AND {h}.{HistoryColumn(nameof(SegmentHistoryEntry.ActionNo))} = {Parameter(command, _history, nameof(SegmentHistoryEntry.ActionNo), actionNo)}" +
            $" AND {h}.{HistoryColumn(nameof(SegmentHistoryEntry.Inserted))} = {Parameter(command, _history, nameof(SegmentHistoryEntry.Inserted), false)}";
    }

    /// <summary>Refills <paramref name="fields"/> of every line of the segment from the header, the template and each line's contact.</summary>
    public void UpdateLines(DbCommand command, Segment header, InteractionTemplate? template, IEnumerable<string> fields)
    {
        var values = LineValues(command, header, template);
        var table = Table(_line);
        var sets = fields.Select(f =>
        {
            var value = values[f];
            var sql = value.FromContact
                ? $"(SELECT {value.Sql} FROM {Table(_contact)} AS {Quote(ContactAlias)} WHERE {ContactColumn(nameof(Contact.No))} = {table}.{LineColumn(nameof(SegmentLine.ContactNo))})"
                : value.Sql;
            return $"{LineColumn(f)} = {sql}";
        }).ToList();
        command.CommandText = $"UPDATE {table} SET {string.Join(", ", sets)} WHERE {LineColumn(nameof(SegmentLine.SegmentNo))} = {Parameter(command, _line, nameof(SegmentLine.SegmentNo), header.No)}";
    }

    /// <summary>The line fields that come from the header, the template and the contact (DOMAIN.md "Segment header/line").</summary>
    public static IReadOnlyList<string> InteractionFields { get; } =
    [
        nameof(SegmentLine.CampaignNo), nameof(SegmentLine.CampaignTarget), nameof(SegmentLine.CampaignResponse),
        nameof(SegmentLine.InteractionTemplateCode), nameof(SegmentLine.InteractionGroupCode), nameof(SegmentLine.CostLcy),
        nameof(SegmentLine.DurationMin), nameof(SegmentLine.Date), nameof(SegmentLine.Subject), nameof(SegmentLine.Description),
        nameof(SegmentLine.SalespersonCode), nameof(SegmentLine.CorrespondenceType), nameof(SegmentLine.LanguageCode),
        nameof(SegmentLine.InformationFlow), nameof(SegmentLine.InitiatedBy),
    ];

    // Mirrors Segment.FillLine / CorrespondenceTypeFor / LanguageFor (a test compares both on the same contacts).
    private Dictionary<string, LineValue> LineValues(DbCommand command, Segment h, InteractionTemplate? t)
    {
        string P(string property, object? value) => Parameter(command, _line, property, value);
        LineValue Fixed(string property, object? value) => new(P(property, value), false);
        var contactCorrespondence = ContactColumn(nameof(Contact.CorrespondenceType));
        LineValue correspondence;
        if (h.IgnoreContactCorresType) correspondence = Fixed(nameof(SegmentLine.CorrespondenceType), h.CorrespondenceTypeDefault);
        else if (t is { IgnoreContactCorresType: true }) correspondence = Fixed(nameof(SegmentLine.CorrespondenceType), t.CorrespondenceTypeDefault);
        else
        {
            var fallback = t?.CorrespondenceTypeDefault ?? h.CorrespondenceTypeDefault;
            correspondence = new($"CASE WHEN {contactCorrespondence} = {P(nameof(SegmentLine.CorrespondenceType), CorrespondenceType.None)} " +
                                 $"THEN {P(nameof(SegmentLine.CorrespondenceType), fallback)} ELSE {contactCorrespondence} END", true);
        }
        var defaultLanguage = h.LanguageCodeDefault ?? t?.LanguageCodeDefault;
        var languages = (t?.Contents ?? []).Select(x => x.LanguageCode.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var contactLanguage = ContactColumn(nameof(Contact.LanguageCode));
        var language = languages.Count == 0
            ? Fixed(nameof(SegmentLine.LanguageCode), defaultLanguage)
            : new LineValue($"CASE WHEN UPPER({contactLanguage}) IN ({string.Join(", ", languages.Select(x => P(nameof(SegmentLine.LanguageCode), x)))}) " +
                            $"THEN {contactLanguage} ELSE {P(nameof(SegmentLine.LanguageCode), defaultLanguage)} END", true);
        return new Dictionary<string, LineValue>(StringComparer.Ordinal)
        {
            [nameof(SegmentLine.ContactCompanyNo)] = new(ContactColumn(nameof(Contact.CompanyNo)), true),
            [nameof(SegmentLine.CampaignNo)] = Fixed(nameof(SegmentLine.CampaignNo), h.CampaignNo),
            [nameof(SegmentLine.CampaignTarget)] = Fixed(nameof(SegmentLine.CampaignTarget), h.CampaignTarget),
            [nameof(SegmentLine.CampaignResponse)] = Fixed(nameof(SegmentLine.CampaignResponse), h.CampaignResponse),
            [nameof(SegmentLine.InteractionTemplateCode)] = Fixed(nameof(SegmentLine.InteractionTemplateCode), h.InteractionTemplateCode),
            [nameof(SegmentLine.InteractionGroupCode)] = Fixed(nameof(SegmentLine.InteractionGroupCode), h.InteractionGroupCode),
            [nameof(SegmentLine.CostLcy)] = Fixed(nameof(SegmentLine.CostLcy), h.UnitCost),
            [nameof(SegmentLine.DurationMin)] = Fixed(nameof(SegmentLine.DurationMin), h.UnitDurationMin),
            [nameof(SegmentLine.Date)] = Fixed(nameof(SegmentLine.Date), h.Date),
            [nameof(SegmentLine.Subject)] = Fixed(nameof(SegmentLine.Subject), h.SubjectDefault),
            [nameof(SegmentLine.Description)] = Fixed(nameof(SegmentLine.Description), h.Description),
            [nameof(SegmentLine.SalespersonCode)] = h.SalespersonCode is null
                ? new(ContactColumn(nameof(Contact.SalespersonCode)), true)
                : Fixed(nameof(SegmentLine.SalespersonCode), h.SalespersonCode),
            [nameof(SegmentLine.CorrespondenceType)] = correspondence,
            [nameof(SegmentLine.LanguageCode)] = language,
            [nameof(SegmentLine.InformationFlow)] = Fixed(nameof(SegmentLine.InformationFlow), h.InformationFlow),
            [nameof(SegmentLine.InitiatedBy)] = Fixed(nameof(SegmentLine.InitiatedBy), h.InitiatedBy),
        };
    }

    private string Parameter(DbCommand command, IEntityType type, string property, object? value)
    {
        var p = type.FindProperty(property) ?? throw new InvalidOperationException($"{type.DisplayName()} has no property {property}.");
        var name = "cf_p" + _parameters++.ToString(System.Globalization.CultureInfo.InvariantCulture);
        command.Parameters.Add(p.GetRelationalTypeMapping().CreateParameter(command, _sql.GenerateParameterName(name), value, p.IsNullable));
        return _sql.GenerateParameterNamePlaceholder(name);
    }

    private string ContactColumn(string property) => $"{Quote(ContactAlias)}.{Column(_contact, property)}";
    private string LineColumn(string property) => Column(_line, property);
    private string HistoryColumn(string property) => Column(_history, property);
    private string Quote(string identifier) => _sql.DelimitIdentifier(identifier);
    private string Table(IEntityType type) => _sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());

    private string Column(IEntityType type, string property)
    {
        var p = type.FindProperty(property) ?? throw new InvalidOperationException($"{type.DisplayName()} has no property {property}.");
        return Quote(p.GetColumnName(StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()))!);
    }
}
