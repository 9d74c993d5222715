using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Proposals;

/// <summary>The place a rename or retirement is about, as far as the workflow needs it.</summary>
internal sealed record PlaceTarget(long Id, string Name, string? DivisionCode, string Status, DateOnly? ValidFrom)
{
    public static async Task<PlaceTarget?> ReadAsync(NpgsqlConnection connection, long id, bool forUpdate, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT id, name, division_code, status, valid_from FROM place WHERE id = $1" + (forUpdate ? " FOR UPDATE" : ""), connection);
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return new PlaceTarget(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4));
    }
}
