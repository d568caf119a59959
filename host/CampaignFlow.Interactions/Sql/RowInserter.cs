using CampaignFlow.Storage;

namespace CampaignFlow.Interactions.Sql;

/// <summary>
/// One prepared INSERT for many rows inside the context's open transaction (see <see cref="ModelCommand"/>), for writing
/// many rows without tracking each through the change tracker.
/// </summary>
internal sealed class RowInserter : IDisposable
{
    private readonly ModelCommand _command;

    public RowInserter(CampaignFlowDbContext db, Type entityType, IReadOnlyList<string> properties) =>
        _command = new ModelCommand(db, entityType, properties, names =>
            $"INSERT INTO {names.Table} ({string.Join(", ", properties.Select(names.Column))}) VALUES ({string.Join(", ", names.Placeholders)})");

    /// <summary>Inserts one row (values in the order of the properties given).</summary>
    public Task InsertAsync(object?[] values, CancellationToken cancellationToken) => _command.ExecuteAsync(values, cancellationToken);

    public void Dispose() => _command.Dispose();
}
