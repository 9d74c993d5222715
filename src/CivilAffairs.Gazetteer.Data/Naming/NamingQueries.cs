using CivilAffairs.Gazetteer.Chinese;
using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Naming;
using Npgsql;
using NpgsqlTypes;

namespace CivilAffairs.Gazetteer.Data.Naming;

/// <summary>
/// The registry look-ups of a name check, sent as one batch: the category, the division chain, the
/// target place and its protection listings, and the names in the scope (current places and pending
/// proposals) that share the characters or the pinyin key. Indexes: schema/sql/020_naming_checks.sql.
/// </summary>
internal static class NamingQueries
{
    private const string Category = "SELECT EXISTS (SELECT 1 FROM place_category WHERE code = $1)";

    private const string Chain = "SELECT code, name, short_name FROM division WHERE code = ANY($1) AND valid_to IS NULL ORDER BY code";

    private const string Target = "SELECT id, name, category, division_code, status FROM place WHERE id = $1";

    private const string Listings = """
        SELECT h.name, h.list_level, h.list_batch, h.list_category, h.protection_measures
        FROM historical_name h
        WHERE h.list_level IS NOT NULL
          AND (h.place_id = $1 OR EXISTS (
                SELECT 1 FROM place p
                WHERE p.id = $1 AND h.name = p.name AND h.division_code LIKE left(p.division_code, 6) || '%'))
        ORDER BY h.id
        """;

    // Place names in the scope: same characters (name or specific) or the same key (equal, or a
    // prefix when the scope compares specifics); then the pending proposals alike (a proposal in
    // these states claims its name; drafts do not yet, standard ones are places by then). The limit
    // is far above any real collision, so a pathological key cannot flood the check.
    private const string InScope = """
        SELECT 0, id, name, specific, category, division_code, pinyin_key, status
        FROM place
        WHERE status IN ('current', 'proposed') AND category = ANY($1) AND division_code LIKE $2
          AND (name = $3 OR specific = $4 OR pinyin_key LIKE $5)
          AND id IS DISTINCT FROM $6
        UNION ALL
        SELECT 1, id, proposed_name, NULL, category, division_code, pinyin_key, state
        FROM proposal
        WHERE state IN ('submitted', 'accepted', 'assessing', 'review', 'approved', 'filed', 'announced')
          AND category = ANY($1) AND division_code LIKE $2
          AND (proposed_name = $3 OR pinyin_key LIKE $5)
          AND id IS DISTINCT FROM $7
        LIMIT 2000
        """;

    public static async Task<NamingLookup> LoadAsync(
        NpgsqlDataSource dataSource, NameCheckRequest request, string name, NamingScope scope, CancellationToken cancellationToken)
    {
        var proposed = ComparedName.Of(name);
        var key = scope.ComparedOn == NameComparison.Specific
            ? (proposed.SpecificKey.Length == 0 ? null : proposed.SpecificKey + "%")
            : (proposed.PlaceKey.Length == 0 ? null : proposed.PlaceKey);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command(Category, request.Category));
        batch.BatchCommands.Add(Command(Chain, (object)ChainCodes(request.Division)));
        batch.BatchCommands.Add(Command(Target, request.TargetPlaceId ?? -1L));
        batch.BatchCommands.Add(Command(Listings, request.TargetPlaceId ?? -1L));
        var scopeCommand = Command(InScope, scope.Categories.ToArray(), scope.DivisionPrefix + "%", proposed.Place);
        // Typed even when null, so the prepared statement is the same whatever the request leaves out.
        scopeCommand.Parameters.Add(Typed(scope.ComparedOn == NameComparison.Specific ? proposed.Specific : null, NpgsqlDbType.Text));
        scopeCommand.Parameters.Add(Typed(key, NpgsqlDbType.Text));
        scopeCommand.Parameters.Add(Typed(request.TargetPlaceId, NpgsqlDbType.Bigint));
        scopeCommand.Parameters.Add(Typed(request.ProposalId, NpgsqlDbType.Bigint));
        batch.BatchCommands.Add(scopeCommand);

        // Prepared once per physical connection (Npgsql keeps them across pooled use): planning the
        // five statements costs more than running them.
        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var categoryKnown = reader.GetBoolean(0);

        await reader.NextResultAsync(cancellationToken);
        var chain = new List<LocalUnit>();
        while (await reader.ReadAsync(cancellationToken))
            chain.Add(new LocalUnit(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));

        await reader.NextResultAsync(cancellationToken);
        TargetPlace? targetPlace = null;
        if (await reader.ReadAsync(cancellationToken))
            targetPlace = new TargetPlace(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4));

        await reader.NextResultAsync(cancellationToken);
        var listings = new List<ProtectionListing>();
        while (await reader.ReadAsync(cancellationToken))
            listings.Add(new ProtectionListing(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetFieldValue<string[]>(4)));

        await reader.NextResultAsync(cancellationToken);
        var inScope = new List<RegisteredName>();
        while (await reader.ReadAsync(cancellationToken))
            inScope.Add(new RegisteredName(
                reader.GetInt32(0) == 0 ? ConflictSource.Place : ConflictSource.Proposal,
                reader.GetInt64(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? "" : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetString(7)));

        return new NamingLookup(categoryKnown, chain, targetPlace, listings, inScope);
    }

    /// <summary>The division and every unit above it, as stored (12 digits): 141024100201 → 14, 1410, 141024, 141024100, itself.</summary>
    private static string[] ChainCodes(DivisionCode division)
    {
        var codes = new List<string>();
        for (var level = DivisionLevel.Province; level <= division.Level; level++)
            codes.Add(division.Full[..DivisionCode.LengthOf(level)].PadRight(12, '0'));
        return [.. codes];
    }

    private static NpgsqlParameter Typed(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }
}
