using Npgsql;

namespace CivilAffairs.Gazetteer.Cli.Database;

/// <summary>
/// The size of the registry as issue 2 counts it: every place record, the historical names
/// (protected ones: on a protection list), the rural naming initiative's proposals, the
/// collected POIs, and the current division units by level. Generated records are counted
/// apart so the sample is never mistaken for official data.
/// </summary>
internal sealed record RegistryCounts(
    Tally PlaceNames,
    Tally HistoricalNames,
    Tally ProtectedHistoricalNames,
    Tally InitiativeNames,
    Tally PointsOfInterest,
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
                   (SELECT count(*) FROM place WHERE provenance = 'sample'),
                   (SELECT count(*) FROM historical_name),
                   (SELECT count(*) FROM historical_name WHERE provenance = 'sample'),
                   (SELECT count(*) FROM historical_name WHERE list_level IS NOT NULL),
                   (SELECT count(*) FROM historical_name WHERE list_level IS NOT NULL AND provenance = 'sample'),
                   (SELECT count(*) FROM proposal),
                   (SELECT count(*) FROM proposal WHERE provenance = 'sample'),
                   (SELECT count(*) FROM poi),
                   (SELECT count(*) FROM poi WHERE provenance = 'sample'),
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
        Tally TallyAt(int ordinal) => new(reader.GetInt64(ordinal), reader.GetInt64(ordinal + 1));
        return new RegistryCounts(
            TallyAt(0), TallyAt(2), TallyAt(4), TallyAt(6), TallyAt(8),
            reader.GetInt64(10), reader.GetInt64(11), reader.GetInt64(12), reader.GetInt64(13), reader.GetInt64(14), reader.GetInt64(15));
    }
}
