using System.Text.Json;
using CivilAffairs.Gazetteer.Chinese;
using CivilAffairs.Gazetteer.Data.Naming;
using CivilAffairs.Gazetteer.Data.Writes;
using CivilAffairs.Gazetteer.Workflow;
using Npgsql;
using static CivilAffairs.Gazetteer.Data.Writes.WriteSql;

namespace CivilAffairs.Gazetteer.Data.Collection;

/// <summary>
/// Collected village names and points of interest: submission with the duplicate finder's candidates, and the
/// reviewer's decision. Each call is one transaction with its change_log rows; an accepted POI
/// becomes a place in the same transaction, a merged one becomes an alias of the place it joins.
/// </summary>
public sealed class PoiStore(NpgsqlDataSource dataSource, PoiDuplicateFinder duplicates, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<long> CollectAsync(Actor actor, PoiCollection collection, CancellationToken cancellationToken)
    {
        if (ProposedNameRules.Problem(collection.Name) is { } problem)
            throw Bad(problem);
        var point = collection.Point;
        point.SRID = 4326;
        if (!double.IsFinite(point.X) || !double.IsFinite(point.Y) || point.X is < 110.1 or > 114.7 || point.Y is < 34.5 or > 40.8)
            throw Bad($"The point ({point.X}, {point.Y}) lies outside Shanxi (longitude 110.1–114.7, latitude 34.5–40.8): give WGS84 longitude and latitude — were they swapped?");
        if (collection.Photo is { Length: > 500 } || collection.Note is { Length: > 2000 })
            throw Bad("The photo reference (at most 500 characters) or the note (at most 2,000) is too long.");

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await ScalarAsync(connection, "SELECT 1 FROM poi_category WHERE code = $1", cancellationToken, collection.Category) is null)
            throw Bad($"Unknown POI category '{collection.Category}'. Use one of: {await CategoriesAsync(connection, cancellationToken)}.");
        var division = await ScalarAsync(connection,
            """
            SELECT v.code FROM division c
            JOIN LATERAL (SELECT code FROM division v WHERE v.valid_to IS NULL AND v.level = 'village' AND v.point IS NOT NULL
                          AND v.code LIKE left(c.code, 6) || '%' ORDER BY v.point <-> $1 LIMIT 1) v ON true
            WHERE c.level = 'county' AND c.valid_to IS NULL AND ST_Contains(c.boundary, $1)
            LIMIT 1
            """, cancellationToken, point) as string
            ?? throw Bad($"The point ({point.X}, {point.Y}) lies in no Shanxi county on record: check the coordinates.");
        if (!actor.Covers(division))
            throw Forbidden($"{actor} may not collect names at ({point.X}, {point.Y}): it lies in division {division[..6]}, outside the jurisdiction {actor.Jurisdiction}.");

        var found = (await duplicates.FindAsync(new PoiSubmission(collection.Name, collection.Category, point), cancellationToken))
            .Select(c => new PoiDuplicate(c.Source == DuplicateSource.Place ? "place" : "poi", c.Id, c.Name, Math.Round(c.DistanceMeters, 1), c.Why))
            .ToList();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = (long)(await ScalarAsync(connection,
            """
            INSERT INTO poi (name, pinyin_key, category, geom, division_code, state, collected_by, collected_at, photo, note, provenance, duplicates)
            VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $8, $9, 'collected', $10::jsonb)
            RETURNING id
            """, cancellationToken,
            collection.Name, PlaceNameRomanizer.Shared.Romanize(collection.Name).Key, collection.Category, point, division, actor.Subject,
            time.GetUtcNow(), collection.Photo, collection.Note, JsonSerializer.Serialize(found, Json)))!;
        await ChangeLogWriter.AppendAsync(connection, "poi", id, ChangeOp.Insert, actor.Subject, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task ReviewAsync(Actor actor, PoiReview review, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var read = Command(connection, "SELECT state, division_code, version, name, provenance FROM poi WHERE id = $1 FOR UPDATE", review.PoiId))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
                throw NotFound($"No collected POI has id {review.PoiId}.");
            var (state, division, version) = (reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1), reader.GetInt32(2));
            if (!actor.Covers(division))
                throw Forbidden($"{actor} may not review POI {review.PoiId}: it lies in division {division}, outside the jurisdiction {actor.Jurisdiction}.");
            if (!actor.IsAtLeast(Role.Reviewer))
                throw Forbidden($"Reviewing collected names needs the role reviewer; {actor} has not.");
            if (version != review.Version)
                throw Conflict($"POI {review.PoiId} is at version {version}, not {review.Version}: someone changed it since you read it. Read it again.");
            if (state != "pending")
                throw Bad($"POI {review.PoiId} is already {state}: only pending POIs are reviewed.");
        }
        if (review.Decision == PoiDecision.Reject && string.IsNullOrWhiteSpace(review.Note))
            throw Bad("Rejecting a collected name needs a note saying why (重复采集, 位置偏差过大, ...).");
        if (review.Decision != PoiDecision.Merge && review.MergeInto is not null)
            throw Bad("mergeInto is only for the decision MERGE.");

        var before = await ChangeLogWriter.SnapshotAsync(connection, "poi", review.PoiId, cancellationToken);
        var log = new ChangeLogBatch();
        long? placeId = review.Decision switch
        {
            PoiDecision.Accept => await AcceptAsync(connection, log, actor, review.PoiId, cancellationToken),
            PoiDecision.Merge => await MergeAsync(connection, log, actor, review, cancellationToken),
            _ => null,
        };
        await ExecuteAsync(connection,
            """
            UPDATE poi SET state = $2, place_id = coalesce($3, place_id), reviewed_by = $4, reviewed_at = $5, review_note = $6, version = version + 1
            WHERE id = $1
            """, cancellationToken,
            review.PoiId, review.Decision switch { PoiDecision.Accept => "accepted", PoiDecision.Merge => "merged", _ => "rejected" },
            placeId, actor.Subject, time.GetUtcNow(), review.Note);
        log.Add("poi", review.PoiId, ChangeOp.Update, before);
        await log.AppendAsync(connection, actor.Subject, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<long> AcceptAsync(NpgsqlConnection connection, ChangeLogBatch log, Actor actor, long poiId, CancellationToken cancellationToken)
    {
        var name = (string)(await ScalarAsync(connection, "SELECT name FROM poi WHERE id = $1", cancellationToken, poiId))!;
        var parts = PlaceNameParts.Split(name);
        var romanized = RomanizedColumns.Of(name);
        var placeId = (long)(await ScalarAsync(connection,
            """
            INSERT INTO place (name, specific, generic, name_traditional, category, romanized, romanized_toneless, pinyin_key, pinyin_initials,
                               reading_needs_review, division_code, division_codes, geom, point, status, valid_from, provenance, sources, registered_by)
            SELECT o.name, $2::text, $3::text, $4::text, c.place_category, $5::text, $6::text, $7::text, $8::text, $9::boolean,
                   o.division_code, ARRAY[o.division_code], o.geom, o.geom, 'current', $10::date,
                   CASE WHEN o.provenance = 'sample' THEN 'sample' ELSE 'official' END, 'poi ' || o.id, $11::text
            FROM poi o JOIN poi_category c ON c.code = o.category WHERE o.id = $1
            RETURNING id
            """, cancellationToken,
            poiId, parts.Specific, parts.Generic, romanized.Traditional, romanized.WithTones, romanized.Toneless, romanized.Key,
            romanized.Initials, romanized.NeedsReview, time.Today(), actor.Subject))!;
        log.Add("place", placeId, ChangeOp.Insert);
        return placeId;
    }

    private static async Task<long> MergeAsync(NpgsqlConnection connection, ChangeLogBatch log, Actor actor, PoiReview review, CancellationToken cancellationToken)
    {
        if (review.MergeInto is not { } placeId)
            throw Bad("MERGE needs mergeInto: the id of the place this POI is the same as (one of its duplicates).");
        await using (var read = Command(connection, "SELECT status, division_code FROM place WHERE id = $1 FOR UPDATE", placeId))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
                throw Bad($"No place has id {placeId}: mergeInto must be an existing place.");
            if (reader.GetString(0) != "current")
                throw Bad($"Place {placeId} is {reader.GetString(0)}: a collected name joins a current place only.");
            if (reader.IsDBNull(1) || !actor.Covers(reader.GetString(1)))
                throw Forbidden($"Place {placeId} lies outside the jurisdiction {actor.Jurisdiction} of {actor}.");
        }
        var before = await ChangeLogWriter.SnapshotAsync(connection, "place", placeId, cancellationToken);
        // The collected name stays findable as an alias of the place it turned out to be, unless it is that name already.
        var changed = await ExecuteAsync(connection,
            """
            UPDATE place p SET aliases = p.aliases || o.name, version = p.version + 1
            FROM poi o WHERE o.id = $2 AND p.id = $1 AND o.name <> p.name AND NOT (o.name = ANY (p.aliases))
            """, cancellationToken, placeId, review.PoiId);
        if (changed > 0)
            log.Add("place", placeId, ChangeOp.Update, before);
        return placeId;
    }

    private static async Task<string> CategoriesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT string_agg(code, ', ' ORDER BY code) FROM poi_category");
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
