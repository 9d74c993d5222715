using CivilAffairs.Gazetteer.Chinese;
using CivilAffairs.Gazetteer.Data.Writes;
using CivilAffairs.Gazetteer.Workflow;
using Npgsql;
using static CivilAffairs.Gazetteer.Data.Writes.WriteSql;

namespace CivilAffairs.Gazetteer.Data.Proposals;

/// <summary>
/// What reaching STANDARD does to the registry, inside the transition's transaction: a naming
/// proposal creates the place (status current, approval and announcement dates, a derived point
/// at its division when the proposal had no geometry); a rename keeps the old name as a former
/// name and renames the place; a retirement sets valid_to and status retired and keeps the row.
/// Each change adds its change_log row to the transaction's batch; the search index follows them.
/// </summary>
internal sealed class PlaceRegistration(NpgsqlConnection connection, ChangeLogBatch log, Actor actor, DateOnly today, DateTimeOffset now)
{
    public async Task<long> ApplyAsync(LockedProposal proposal, CancellationToken cancellationToken) => proposal.Kind switch
    {
        ProposalKind.Name => await CreateAsync(proposal, cancellationToken),
        ProposalKind.Rename => await RenameAsync(proposal, cancellationToken),
        _ => await RetireAsync(proposal, cancellationToken),
    };

    private async Task<long> CreateAsync(LockedProposal proposal, CancellationToken cancellationToken)
    {
        var parts = PlaceNameParts.Split(proposal.Name);
        var romanized = RomanizedColumns.Of(proposal.Name);
        var id = await ScalarAsync(connection,
            """
            INSERT INTO place (name, specific, generic, name_traditional, category, romanized, romanized_toneless, pinyin_key, pinyin_initials,
                               reading_needs_review, division_code, division_codes, geom, point, geom_derived,
                               approval_date, announcement_date, status, valid_from, provenance, sources, registered_by, registered_at)
            SELECT $1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::text, $10::boolean, $11::text, ARRAY[$11::text],
                   coalesce($12, d.point), coalesce(ST_PointOnSurface($12), d.point), $12 IS NULL,
                   $13::date, $14::date, 'current', $15::date, $16::text, $17::text, $18::text, $19::timestamptz
            FROM division d WHERE d.code = $11 AND d.valid_to IS NULL AND ($12 IS NOT NULL OR d.point IS NOT NULL)
            RETURNING id
            """, cancellationToken,
            proposal.Name, parts.Specific, parts.Generic, romanized.Traditional, proposal.Category, romanized.WithTones, romanized.Toneless,
            romanized.Key, romanized.Initials, romanized.NeedsReview, proposal.DivisionCode,
            new NpgsqlParameter { Value = (object?)proposal.Geometry ?? DBNull.Value, DataTypeName = "geometry" },
            proposal.ApprovedOn, proposal.AnnouncedOn ?? today, today,
            proposal.Provenance == "sample" ? "sample" : "official", $"proposal {proposal.Id}", actor.Subject, now);
        if (id is not long placeId)
            throw Bad($"Proposal {proposal.Id} has no geometry and its division {proposal.DivisionCode} has no point to place it at: the name cannot be registered without a location.");
        log.Add("place", placeId, ChangeOp.Insert, null);
        return placeId;
    }

    private async Task<long> RenameAsync(LockedProposal proposal, CancellationToken cancellationToken)
    {
        var target = await LockedTargetAsync(proposal, cancellationToken);
        var before = await ChangeLogWriter.SnapshotAsync(connection, "place", target.Id, cancellationToken);
        var formerId = (long)(await ScalarAsync(connection,
            "INSERT INTO place_former_name (place_id, name, from_year, to_year, source, note) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            cancellationToken, target.Id, target.Name, target.ValidFrom?.Year, today.Year, $"proposal {proposal.Id}", $"renamed {proposal.Name}"))!;
        var parts = PlaceNameParts.Split(proposal.Name);
        var romanized = RomanizedColumns.Of(proposal.Name);
        await ExecuteAsync(connection,
            """
            UPDATE place SET name = $2, specific = $3, generic = $4, name_traditional = $5, romanized = $6, romanized_toneless = $7,
                pinyin_key = $8, pinyin_initials = $9, reading_needs_review = $10, short_name = NULL,
                approval_date = $11, announcement_date = $12, valid_from = $13, version = version + 1
            WHERE id = $1
            """, cancellationToken,
            target.Id, proposal.Name, parts.Specific, parts.Generic, romanized.Traditional, romanized.WithTones, romanized.Toneless,
            romanized.Key, romanized.Initials, romanized.NeedsReview, proposal.ApprovedOn, proposal.AnnouncedOn ?? today, today);
        log.Add("place_former_name", formerId, ChangeOp.Insert, null);
        log.Add("place", target.Id, ChangeOp.Update, before);
        return target.Id;
    }

    private async Task<long> RetireAsync(LockedProposal proposal, CancellationToken cancellationToken)
    {
        var target = await LockedTargetAsync(proposal, cancellationToken);
        var before = await ChangeLogWriter.SnapshotAsync(connection, "place", target.Id, cancellationToken);
        await ExecuteAsync(connection, "UPDATE place SET status = 'retired', valid_to = $2, version = version + 1 WHERE id = $1",
            cancellationToken, target.Id, today);
        log.Add("place", target.Id, ChangeOp.Retire, before);
        return target.Id;
    }

    private async Task<PlaceTarget> LockedTargetAsync(LockedProposal proposal, CancellationToken cancellationToken)
    {
        var target = await PlaceTarget.ReadAsync(connection, proposal.TargetPlaceId ?? 0, forUpdate: true, cancellationToken)
            ?? throw NotFound($"Proposal {proposal.Id} names no existing place as its target.");
        if (target.Status != "current")
            throw Conflict($"Place {target.Id} ({target.Name}) became {target.Status} after proposal {proposal.Id} was submitted: it can no longer be {(proposal.Kind == ProposalKind.Rename ? "renamed" : "retired")}.");
        return target;
    }
}
