using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Divisions;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Divisions;

/// <summary>
/// The SQL that reads the current division hierarchy, always for a batch of codes at once.
/// Codes go in and come out in the stored 12-digit form.
/// </summary>
internal sealed class DivisionQueries([FromKeyedServices(GazetteerDataSource.ReadsKey)] NpgsqlDataSource dataSource)
{
    private const string Columns = "id, code, name, is_statistical_zone, parent_code, valid_from, valid_to";

    public async Task<IReadOnlyDictionary<string, DivisionRecord>> ByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM division WHERE code = ANY($1) AND valid_to IS NULL");
        command.Parameters.AddWithValue(codes.ToArray());
        return (await ReadAsync(command, cancellationToken)).ToDictionary(d => d.Code.Full, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DivisionRecord>>> ChildrenAsync(IReadOnlyCollection<string> parentCodes, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {Columns} FROM division WHERE parent_code = ANY($1) AND valid_to IS NULL ORDER BY code");
        command.Parameters.AddWithValue(parentCodes.ToArray());
        return (await ReadAsync(command, cancellationToken))
            .GroupBy(d => d.ParentCode!.Value.Full, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DivisionRecord>)g.ToList(), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, Geometry>> BoundariesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT code, boundary FROM division WHERE code = ANY($1) AND valid_to IS NULL AND boundary IS NOT NULL");
        command.Parameters.AddWithValue(codes.ToArray());
        var boundaries = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            boundaries[reader.GetString(0)] = reader.GetFieldValue<Geometry>(1);
        return boundaries;
    }

    private static async Task<List<DivisionRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var divisions = new List<DivisionRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = DivisionCode.FromFull(reader.GetString(1));
            divisions.Add(new DivisionRecord(
                reader.GetInt64(0),
                code,
                reader.GetString(2),
                reader.GetBoolean(3),
                // The code itself says who the parent is when the row does not.
                reader.IsDBNull(4) ? code.Parent : DivisionCode.FromFull(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6)));
        }
        return divisions;
    }
}
