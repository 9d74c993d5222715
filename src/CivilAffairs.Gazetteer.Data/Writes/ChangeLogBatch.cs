using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Writes;

/// <summary>
/// The change_log rows of one transaction, collected while it writes (with each row's "before")
/// and appended together at its end, so the log's turn lock (migration 030) is held only for the
/// last statements before commit.
/// </summary>
public sealed class ChangeLogBatch
{
    private readonly List<(string Entity, long Id, ChangeOp Op, string? Before)> entries = [];

    public void Add(string entity, long id, ChangeOp op, string? before = null) => entries.Add((entity, id, op, before));

    public async Task AppendAsync(NpgsqlConnection connection, string actor, CancellationToken cancellationToken)
    {
        foreach (var (entity, id, op, before) in entries)
            await ChangeLogWriter.AppendAsync(connection, entity, id, op, actor, before, cancellationToken);
    }
}
