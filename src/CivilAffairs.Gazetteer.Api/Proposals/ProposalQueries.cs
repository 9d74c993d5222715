using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Workflow;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Proposals;

/// <summary>
/// Reads of proposals: by id, filtered pages (keyset on id), their events, and counts per county
/// and state. Overdue means approved or filed, with the 15 days after approval passed on
/// <c>today</c> (China Standard Time) and the filing or announcement still missing.
/// </summary>
internal sealed class ProposalQueries(NpgsqlDataSource dataSource)
{
    private const string Columns =
        """
        p.id, p.kind, p.state, p.proposed_name, p.category, p.division_code, p.geom, p.rationale, p.applicant, p.target_place_id, p.place_id,
        p.approved_on, p.filed_on, p.announced_on, p.created_at, p.updated_at, p.provenance, p.version, p.checks::text, p.checked_at, a.level
        """;

    private const string From = "FROM proposal p LEFT JOIN approving_level a ON a.category = p.category";

    /// <summary>SQL for "overdue on $today": the publication deadline passed with filing or announcement missing.</summary>
    private static readonly string OverdueSql = $"(p.state IN ('approved', 'filed') AND p.approved_on + {ProposalWorkflow.PublicationDays} < @today)";

    public async Task<IReadOnlyDictionary<long, ProposalRecord>> ByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} {From} WHERE p.id = ANY($1)");
        command.Parameters.AddWithValue(ids.ToArray());
        return (await ReadAsync(command, cancellationToken)).ToDictionary(p => p.Id);
    }

    public async Task<(IReadOnlyList<ProposalRecord> Items, bool HasMore, int Total)> PageAsync(
        ProposalFilter filter, DateOnly today, int first, long? after, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var (where, parameters) = Where(filter, today);
        await using var page = new NpgsqlCommand($"SELECT {Columns} {From} WHERE {where} AND p.id > @after ORDER BY p.id LIMIT @limit", connection);
        page.Parameters.AddRange(parameters());
        page.Parameters.AddWithValue("after", after ?? 0);
        page.Parameters.AddWithValue("limit", first + 1);
        var items = await ReadAsync(page, cancellationToken);
        await using var count = new NpgsqlCommand($"SELECT count(*) {From} WHERE {where}", connection);
        count.Parameters.AddRange(parameters());
        var total = (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;
        return (items.Take(first).ToList(), items.Count > first, total);
    }

    public async Task<IReadOnlyDictionary<long, IReadOnlyList<ProposalEventRecord>>> EventsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT proposal_id, at, actor, from_state, to_state, note, reports::text FROM proposal_event WHERE proposal_id = ANY($1) ORDER BY proposal_id, at, id");
        command.Parameters.AddWithValue(ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new Dictionary<long, List<ProposalEventRecord>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (!events.TryGetValue(id, out var list))
                events[id] = list = [];
            list.Add(new ProposalEventRecord(id, reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6)));
        }
        return events.ToDictionary(e => e.Key, e => (IReadOnlyList<ProposalEventRecord>)e.Value);
    }

    /// <summary>Proposals per county and state inside a division-code prefix (the whole province when null).</summary>
    public async Task<IReadOnlyList<ProposalCount>> CountsAsync(string? prefix, DateOnly today, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT left(p.division_code, 6) || '000000', coalesce(d.name, ''), p.state, count(*)::int,
                   count(*) FILTER (WHERE {OverdueSql})::int
            FROM proposal p LEFT JOIN division d ON d.code = left(p.division_code, 6) || '000000' AND d.valid_to IS NULL
            WHERE p.division_code LIKE @prefix
            GROUP BY 1, 2, 3 ORDER BY 1, 3
            """);
        command.Parameters.AddWithValue("prefix", (prefix ?? "") + "%");
        command.Parameters.AddWithValue("today", today);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new List<ProposalCount>();
        while (await reader.ReadAsync(cancellationToken))
            counts.Add(new ProposalCount(DivisionCode.FromFull(reader.GetString(0)).Short, reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4)));
        return counts;
    }

    private static (string Where, Func<NpgsqlParameter[]> Parameters) Where(ProposalFilter filter, DateOnly today)
    {
        var conditions = new List<string> { "true" };
        string? prefix = null;
        if (filter.DivisionCode is { } text)
        {
            if (!DivisionCode.TryParse(text, out var code))
                throw new BadUserInputError(DivisionCode.Explain(text));
            prefix = code.Short;
            conditions.Add("p.division_code LIKE @prefix");
        }
        var states = filter.States?.Select(StoredNames.Of).ToArray();
        if (states is { Length: > 0 })
            conditions.Add("p.state = ANY(@states)");
        if (filter.Overdue is { } overdue)
            conditions.Add(overdue ? OverdueSql : $"NOT {OverdueSql}");
        if (!string.IsNullOrWhiteSpace(filter.Applicant))
            conditions.Add("p.applicant = @applicant");
        if (filter.Kind is { } kind)
            conditions.Add("p.kind = @kind");
        return (string.Join(" AND ", conditions), () =>
        [
            new NpgsqlParameter("prefix", (prefix ?? "") + "%"),
            new NpgsqlParameter("states", (object?)states ?? Array.Empty<string>()),
            new NpgsqlParameter("today", today),
            new NpgsqlParameter("applicant", filter.Applicant?.Trim() ?? ""),
            new NpgsqlParameter("kind", filter.Kind is { } k ? StoredNames.Of(k) : ""),
        ]);
    }

    private static async Task<List<ProposalRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<ProposalRecord>();
        while (await reader.ReadAsync(cancellationToken))
            list.Add(new ProposalRecord(
                reader.GetInt64(0), StoredNames.Parse<ProposalKind>(reader.GetString(1)), StoredNames.Parse<ProposalState>(reader.GetString(2)),
                reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<Geometry>(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetInt64(9),
                reader.IsDBNull(10) ? null : reader.GetInt64(10), DateOrNull(reader, 11), DateOrNull(reader, 12), DateOrNull(reader, 13),
                reader.GetFieldValue<DateTimeOffset>(14), reader.GetFieldValue<DateTimeOffset>(15), reader.GetString(16), reader.GetInt32(17),
                reader.IsDBNull(18) ? null : reader.GetString(18), reader.IsDBNull(19) ? null : reader.GetFieldValue<DateTimeOffset>(19),
                reader.IsDBNull(20) ? null : reader.GetString(20)));
        return list;
    }

    private static DateOnly? DateOrNull(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);
}
