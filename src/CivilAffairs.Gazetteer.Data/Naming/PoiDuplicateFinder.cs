using System.Globalization;
using CivilAffairs.Gazetteer.Naming;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Naming;

/// <summary>
/// Finds the places and POIs a collected name may duplicate: the same or a similar name (characters
/// or toneless pinyin, see <see cref="NameSimilarity"/>) within a distance, ranked by how alike and
/// how near. Called when a POI is submitted; the reviewer sees the result. Thread-safe.
/// </summary>
public sealed class PoiDuplicateFinder(NpgsqlDataSource dataSource)
{
    public const double DefaultRadiusMeters = 2_000;
    public const double MaxRadiusMeters = 20_000;
    public const int MaxCandidates = 10;

    // The bounding box narrows through the GiST indexes; the geography distance decides.
    private const string Nearby = """
        SELECT 0, id, name, specific, category, pinyin_key, ST_Distance(point::geography, $1::geography)
        FROM place
        WHERE status IN ('current', 'proposed') AND point && ST_Expand($1, $3)
          AND ST_DWithin(point::geography, $1::geography, $2)
        UNION ALL
        SELECT 1, id, name, NULL, category, pinyin_key, ST_Distance(geom::geography, $1::geography)
        FROM poi
        WHERE state IN ('pending', 'accepted') AND geom && ST_Expand($1, $3)
          AND ST_DWithin(geom::geography, $1::geography, $2)
          AND id IS DISTINCT FROM $4
        """;

    public async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(PoiSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var name = ProposedName.Checked(submission.Name);
        var radius = submission.RadiusMeters ?? DefaultRadiusMeters;
        if (!double.IsFinite(radius) || radius <= 0 || radius > MaxRadiusMeters)
            throw new NameCheckInputException(NameCheckProblem.BadInput, $"The radius {radius} m is out of range: give more than 0 and at most {MaxRadiusMeters:N0} m.");
        var point = submission.Point;
        if (point.SRID != 4326 || point.IsEmpty || !double.IsFinite(point.X) || !double.IsFinite(point.Y) || Math.Abs(point.X) > 180 || Math.Abs(point.Y) > 90)
            throw new NameCheckInputException(NameCheckProblem.BadInput, "The point must be a WGS84 longitude and latitude (SRID 4326), such as 111.67, 36.26.");

        var submitted = ComparedName.Of(name);
        // Degrees of longitude shrink with latitude: the box is widened to hold the whole circle.
        var degrees = radius / (111_320 * Math.Max(Math.Cos(point.Y * Math.PI / 180), 0.01));

        await using var command = dataSource.CreateCommand(Nearby);
        command.Parameters.Add(new NpgsqlParameter { Value = point });
        command.Parameters.Add(new NpgsqlParameter { Value = radius });
        command.Parameters.Add(new NpgsqlParameter { Value = degrees });
        command.Parameters.Add(new NpgsqlParameter { Value = submission.ExcludePoiId is { } id ? id : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        var candidates = new List<DuplicateCandidate>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var registeredName = reader.GetString(2);
            var registered = ComparedName.Of(registeredName, reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(5) ? null : reader.GetString(5));
            if (NameSimilarity.Compare(submitted, registered) is not { } match) continue;
            var category = reader.GetString(4);
            var distance = reader.GetDouble(6);
            var score = NameSimilarity.Weight(match) * (1 - 0.5 * distance / radius) + (category == submission.Category ? 0.05 : 0);
            candidates.Add(new DuplicateCandidate(
                reader.GetInt32(0) == 0 ? DuplicateSource.Place : DuplicateSource.Poi,
                reader.GetInt64(1), registeredName, category, Math.Round(distance, 1), match, Math.Round(Math.Min(score, 1), 3),
                Why(match, submitted, registered, registeredName, distance)));
        }
        return candidates.OrderByDescending(c => c.Score).ThenBy(c => c.DistanceMeters).ThenBy(c => c.Id).Take(MaxCandidates).ToList();
    }

    private static string Why(NameMatch match, ComparedName submitted, ComparedName registered, string registeredName, double distance)
    {
        var away = distance < 1_000
            ? string.Create(CultureInfo.InvariantCulture, $"{distance:F0} m away")
            : string.Create(CultureInfo.InvariantCulture, $"{distance / 1000:F1} km away");
        var reason = match switch
        {
            NameMatch.SameName => $"same name {registeredName}",
            NameMatch.SameReading => $"same reading {registered.PlaceKey} ({submitted.Place} / {registeredName})",
            NameMatch.SameSpecific => $"same specific {registered.Specific} ({submitted.Place} / {registeredName})",
            NameMatch.Contains => $"one name holds the other ({submitted.Place} / {registeredName})",
            NameMatch.OneCharacterApart => $"one character apart ({submitted.Place} / {registeredName})",
            _ => $"similar reading ({submitted.PlaceKey} / {registered.PlaceKey})",
        };
        return $"{reason}, {away}";
    }
}
