using System.Globalization;
using CampaignFlow.Interactions.Sql;
using CampaignFlow.Storage;

namespace CampaignFlow.Interactions.Logging;

/// <summary>
/// One prepared INSERT for many rows inside the context's open transaction (see <see cref="ModelCommand"/>).
/// Tracking 200,000 entities through the change tracker is what makes large logs slow; this skips it.
/// </summary>
internal sealed class RowInserter : IDisposable
{
    private readonly ModelCommand _command;
    private readonly bool _returnsKey;

    // rows: rows per statement (multi-row VALUES); only for inserts that return no key.
    public RowInserter(CampaignFlowDbContext db, Type entityType, IReadOnlyList<string> properties, string? returning = null, int rows = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        if (rows > 1 && returning is not null) throw new ArgumentException("A multi-row insert cannot return keys.", nameof(rows));
        _returnsKey = returning is not null;
        var parameters = Enumerable.Range(0, rows).SelectMany(_ => properties).ToArray();
        _command = new ModelCommand(db, entityType, parameters, names =>
            $"INSERT INTO {names.Table} ({string.Join(", ", properties.Select(names.Column))}) " +
            "VALUES " + string.Join(", ", names.Placeholders.Chunk(properties.Count).Select(row => $"({string.Join(", ", row)})")) +
            (returning is null ? "" : $" RETURNING {names.Column(returning)}"));
    }

    /// <summary>
    /// Inserts one row, or <c>rows</c> rows (values in the order of the properties given, row after row); returns the
    /// generated key when asked for one.
    /// </summary>
    public async Task<int> InsertAsync(object?[] values, CancellationToken cancellationToken)
    {
        if (!_returnsKey)
        {
            await _command.ExecuteAsync(values, cancellationToken);
            return 0;
        }

        return Convert.ToInt32(await _command.ExecuteScalarAsync(values, cancellationToken), CultureInfo.InvariantCulture);
    }

    public void Dispose() => _command.Dispose();
}
