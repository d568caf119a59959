using CampaignFlow.Storage;

namespace CampaignFlow.Interactions.Sql;

/// <summary>
/// One prepared <c>UPDATE … SET a = @p0, … WHERE k = @pn AND …</c> for many rows inside the context's open transaction
/// (see <see cref="ModelCommand"/>). The WHERE values must not be null (a comparison with NULL matches nothing).
/// </summary>
internal sealed class RowUpdater : IDisposable
{
    private readonly ModelCommand _command;

    public RowUpdater(CampaignFlowDbContext db, Type entityType, IReadOnlyList<string> set, IReadOnlyList<string> where)
    {
        _command = new ModelCommand(db, entityType, [.. set, .. where], names =>
            $"UPDATE {names.Table} SET {string.Join(", ", set.Select((property, i) => $"{names.Column(property)} = {names.Placeholders[i]}"))} " +
            $"WHERE {string.Join(" AND ", where.Select((property, i) => $"{names.Column(property)} = {names.Placeholders[set.Count + i]}"))}");
    }

    /// <summary>Sets the SET values then the WHERE values, in the order given; returns the rows changed.</summary>
    public Task<int> UpdateAsync(object?[] values, CancellationToken cancellationToken) => _command.ExecuteAsync(values, cancellationToken);

    public void Dispose() => _command.Dispose();
}
