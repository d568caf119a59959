namespace CampaignFlow.Interactions.Logging;

/// <summary>
/// Collects rows that need no generated key and writes them <see cref="RowsPerStatement"/> at a time with one multi-row
/// INSERT (one statement instead of 32); <see cref="FlushAsync"/> writes the rest row by row. Call it before committing.
/// </summary>
internal sealed class BufferedRowInserter : IDisposable
{
    public const int RowsPerStatement = 32; // 32 × 14 columns stays below SQLite's oldest limit of 999 parameters

    private readonly RowInserter _many;
    private readonly RowInserter _one;
    private readonly int _columns;
    private readonly object?[] _buffer;
    private int _buffered;

    public BufferedRowInserter(CampaignFlow.Storage.CampaignFlowDbContext db, Type entityType, IReadOnlyList<string> properties)
    {
        _columns = properties.Count;
        _many = new RowInserter(db, entityType, properties, rows: RowsPerStatement);
        _one = new RowInserter(db, entityType, properties);
        _buffer = new object?[_columns * RowsPerStatement];
    }

    /// <summary>Adds one row (values are copied, the array can be reused).</summary>
    public async Task AddAsync(object?[] values, CancellationToken cancellationToken)
    {
        Array.Copy(values, 0, _buffer, _buffered * _columns, _columns);
        if (++_buffered < RowsPerStatement) return;
        await _many.InsertAsync(_buffer, cancellationToken);
        _buffered = 0;
    }

    /// <summary>Writes the rows still buffered.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var row = new object?[_columns];
        for (var i = 0; i < _buffered; i++)
        {
            Array.Copy(_buffer, i * _columns, row, 0, _columns);
            await _one.InsertAsync(row, cancellationToken);
        }

        _buffered = 0;
    }

    public void Dispose()
    {
        _many.Dispose();
        _one.Dispose();
    }
}
