using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// What the sample reads from the imported registry: the current counties with polygons and
/// their townships and villages, and how many places exist already.
/// </summary>
internal sealed record SampleInputs(IReadOnlyList<CountyArea> Counties, long ExistingPlaces)
{
    public static async Task<SampleInputs> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var units = new Dictionary<string, (List<LocalUnit> Townships, List<LocalUnit> Villages)>();
        await using (var command = new NpgsqlCommand(
            "SELECT code, name, level FROM division WHERE level IN ('township', 'village') AND valid_to IS NULL ORDER BY code", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
            {
                var code = reader.GetString(0);
                var name = reader.GetString(1);
                var county = code[..6];
                if (!units.TryGetValue(county, out var lists))
                    units[county] = lists = ([], []);
                (reader.GetString(2) == "township" ? lists.Townships : lists.Villages).Add(new LocalUnit(code, name, UnitNames.Specific(name)));
            }

        var counties = new List<CountyArea>();
        await using (var command = new NpgsqlCommand(
            "SELECT code, name, boundary FROM division WHERE level = 'county' AND valid_to IS NULL AND boundary IS NOT NULL ORDER BY code", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
            {
                var code = reader.GetString(0);
                if (units.TryGetValue(code[..6], out var lists) && lists.Townships.Count > 0)
                    counties.Add(new CountyArea(code, reader.GetString(1), reader.GetFieldValue<Geometry>(2), lists.Townships, lists.Villages));
            }
        if (counties.Count == 0)
            throw new InvalidOperationException(
                "The database has no current counties with polygons and townships: import the real divisions first (gazetteer import), then run the sample.");

        await using var places = new NpgsqlCommand("SELECT count(*) FROM place", connection, transaction);
        return new SampleInputs(counties, (long)(await places.ExecuteScalarAsync(cancellationToken))!);
    }
}
