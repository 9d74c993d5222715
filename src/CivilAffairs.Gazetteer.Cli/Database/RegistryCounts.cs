using Npgsql;

namespace CivilAffairs.Gazetteer.Cli.Database;

/// <summary>
/// The size of the registry as issue 2 counts it: every place record, the historical names
/// (protected ones: on a protection list), the rural naming initiative's proposals, the
/// collected POIs, and the current division units by level.
/// </summary>
internal sealed record RegistryCounts(
    long PlaceNames,
    long HistoricalNames,
    long ProtectedHistoricalNames,
    long InitiativeNames,
    long PointsOfInterest,
    long Provinces,
    long Cities,
    long Counties,
    long StatisticalZones,
    long Townships,
    long Villages)
{
    public long DivisionUnits => Provinces + Cities + Counties + Townships + Villages;

    public static async Task<RegistryCounts> ReadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT (SELECT count(*) FROM place),
                   (SELECT count(*) FROM historical_name),
                   (SELECT count(*) FROM historical_name WHERE list_level IS NOT NULL),
                   (SELECT count(*) FROM proposal),
                   (SELECT count(*) FROM poi),
                   count(*) FILTER (WHERE level = 'province'),
                   count(*) FILTER (WHERE level = 'city'),
                   count(*) FILTER (WHERE level = 'county'),
                   count(*) FILTER (WHERE level = 'county' AND is_statistical_zone),
                   count(*) FILTER (WHERE level = 'township'),
                   count(*) FILTER (WHERE level = 'village')
            FROM division
            WHERE valid_to IS NULL
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new RegistryCounts(
            reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
            reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10));
    }
}
