using CivilAffairs.Gazetteer.Data.Writes;
using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Workflow;
using Npgsql;
using static CivilAffairs.Gazetteer.Data.Writes.WriteSql;

namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>
/// Direct writes to a registered place, outside the proposal workflow. Who may do what:
/// an approver (or admin) inside the jurisdiction corrects the descriptive record of a current
/// place — meaning (含义), origin (来历), history (沿革), aliases and geometry; an admin inside the
/// jurisdiction retires a current place with a reason (a registered name is normally retired by a
/// RETIRE proposal; the direct retirement is for corrections: duplicates, records entered in error).
/// The name is never changed here (RENAME proposals do that). Each call is one transaction: the
/// place row is locked, its version compared (CONFLICT when stale), the row updated with
/// version + 1, and the change_log row (before, after, actor, reason) appended before commit.
/// Nothing is deleted: a retired place keeps its row, with status retired and valid_to set.
/// </summary>
public sealed class PlaceEdits(NpgsqlDataSource dataSource, TimeProvider time)
{
    public const int MaxTextLength = 4000;
    public const int MaxAliases = 20;
    public const int MaxReasonLength = 2000;

    private static readonly string[] OpenProposalStates =
        ["draft", "submitted", "accepted", "assessing", "review", "approved", "filed", "announced"];

    public async Task UpdateAsync(Actor actor, long id, int version, PlacePatch patch, CancellationToken cancellationToken)
    {
        if (!actor.IsAtLeast(Role.Approver))
            throw Forbidden($"Editing a registered place needs the role approver or admin; {actor} has not. Propose the change through the workflow instead.");
        if (patch.IsEmpty)
            throw Bad("The patch changes nothing: give at least one of meaning, origin, history, aliases or geometry.");
        foreach (var (field, text) in new[] { ("meaning", patch.Meaning), ("origin", patch.Origin), ("history", patch.History) })
            if (text is { Length: > MaxTextLength })
                throw Bad($"patch.{field} has {text.Length} characters; at most {MaxTextLength} are kept. Shorten it, or cite the fuller source.");
        var aliases = CheckedAliases(patch.Aliases);
        var geometry = RegistryGeometry.Checked(patch.Geometry);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var place = await LockedAsync(connection, actor, id, version, "edit", cancellationToken);
        if (place.Status is "retired" or "historical")
            throw Bad($"Place {id} ({place.Name}) is {place.Status}: its record is kept as it was when it ended. Edit a current place.");
        if (aliases?.Contains(place.Name) == true)
            throw Bad($"{place.Name} is the place's standard name, not an alias: leave it out of aliases.");

        var before = await ChangeLogWriter.SnapshotAsync(connection, "place", id, cancellationToken);
        await ExecuteAsync(connection,
            """
            UPDATE place SET
                meaning = CASE WHEN $2::text IS NULL THEN meaning ELSE nullif($2::text, '') END,
                origin = CASE WHEN $3::text IS NULL THEN origin ELSE nullif($3::text, '') END,
                history = CASE WHEN $4::text IS NULL THEN history ELSE nullif($4::text, '') END,
                aliases = coalesce($5::text[], aliases),
                geom = coalesce($6::geometry, geom),
                point = CASE WHEN $6::geometry IS NULL THEN point ELSE ST_PointOnSurface($6::geometry) END,
                geom_derived = CASE WHEN $6::geometry IS NULL THEN geom_derived ELSE false END,
                version = version + 1
            WHERE id = $1
            """, cancellationToken,
            id, Text(patch.Meaning), Text(patch.Origin), Text(patch.History),
            new NpgsqlParameter { Value = (object?)aliases?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text },
            new NpgsqlParameter { Value = (object?)geometry ?? DBNull.Value, DataTypeName = "geometry" });
        await ChangeLogWriter.AppendAsync(connection, "place", id, ChangeOp.Update, actor.Subject, before, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RetireAsync(Actor actor, long id, int version, string? reason, CancellationToken cancellationToken)
    {
        if (!actor.IsAtLeast(Role.Admin))
            throw Forbidden($"Retiring a place directly needs the role admin; {actor} has not. Submit a RETIRE proposal (submitProposal with kind RETIRE and target {id}) instead.");
        if (string.IsNullOrWhiteSpace(reason))
            throw Bad("A retirement needs a reason (销名原因): say why the place is retired outside the workflow, e.g. a duplicate of another record.");
        reason = reason.Trim();
        if (reason.Length > MaxReasonLength)
            throw Bad($"The reason has {reason.Length} characters; at most {MaxReasonLength}.");

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var place = await LockedAsync(connection, actor, id, version, "retire", cancellationToken);
        if (place.Status != "current")
            throw Bad($"Place {id} ({place.Name}) is {place.Status}, not current: only a current place can be retired.");
        if (await ScalarAsync(connection, "SELECT id FROM proposal WHERE target_place_id = $1 AND state = ANY($2) ORDER BY id LIMIT 1",
                cancellationToken, id, OpenProposalStates) is long open)
            throw Conflict($"Proposal {open} about place {id} ({place.Name}) is still open: decide or withdraw it before retiring the place.");

        var before = await ChangeLogWriter.SnapshotAsync(connection, "place", id, cancellationToken);
        await ExecuteAsync(connection, "UPDATE place SET status = 'retired', valid_to = $2, version = version + 1 WHERE id = $1",
            cancellationToken, id, time.Today());
        await ChangeLogWriter.AppendAsync(connection, "place", id, ChangeOp.Retire, actor.Subject, before, cancellationToken, reason);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The place locked for the write, after the jurisdiction and version checks.</summary>
    private static async Task<(string Name, string Status)> LockedAsync(
        NpgsqlConnection connection, Actor actor, long id, int version, string verb, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT name, status, division_code, version FROM place WHERE id = $1 FOR UPDATE", id);
        string name, status;
        string? division;
        int current;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
                throw NotFound($"No place has id {id}.");
            (name, status, division, current) = (reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3));
        }
        // A place without a division code lies in no county: only a province-wide jurisdiction covers it.
        if (division is null ? actor.Jurisdiction.Length > 2 : !actor.Covers(division))
            throw Forbidden($"{actor} may not {verb} place {id} ({name}): it lies in division {(division is null ? "unknown" : DivisionCode.FromFull(division).Short)}, outside the jurisdiction {actor.Jurisdiction}.");
        if (current != version)
            throw Conflict($"Place {id} ({name}) is at version {current}, not {version}: someone changed it since you read it. Read it again and apply your change to what it says now.");
        return (name, status);
    }

    private static IReadOnlyList<string>? CheckedAliases(IReadOnlyList<string>? aliases)
    {
        if (aliases is null)
            return null;
        if (aliases.Count > MaxAliases)
            throw Bad($"patch.aliases has {aliases.Count} names; a place keeps at most {MaxAliases} aliases.");
        foreach (var alias in aliases)
            if (ProposedNameRules.Problem(alias) is { } problem)
                throw Bad($"The alias '{alias}' cannot be kept: {problem}");
        return aliases.Distinct(StringComparer.Ordinal).ToList();
    }

    private static object Text(string? value) => (object?)value ?? DBNull.Value;
}
