using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.Geocoding;

/// <summary>
/// The geocoder a team without a search engine would write: one table of villages (and townships)
/// joined with their parents' names, committee suffixes stripped, a pg_trgm index, and one SQL call per
/// address ranking by weighted word_similarity. A tie between the top two is reported as ambiguous.
/// </summary>
internal sealed class TrigramBaselineGeocoder(NpgsqlDataSource dataSource)
{
    private const string Setup = """
        DROP TABLE IF EXISTS baseline_unit;
        CREATE TABLE baseline_unit AS
        SELECT v.code, regexp_replace(v.name, '(村民委员会|村村委会|村委会|社区居民委员会|社区居委会|居民委员会|居委会)$', '') ||
                 CASE WHEN v.name ~ '(村民委员会|村村委会|村委会)$' AND v.name !~ '村村委会$' THEN '村' ELSE '' END AS name,
               t.name AS township, c.name AS county, ci.name AS city
        FROM division v
        JOIN division t ON t.code = v.parent_code AND t.valid_to IS NULL
        JOIN division c ON c.code = t.parent_code AND c.valid_to IS NULL
        JOIN division ci ON ci.code = c.parent_code AND ci.valid_to IS NULL
        WHERE v.level = 'village' AND v.valid_to IS NULL
        UNION ALL
        SELECT t.code, t.name, t.name, c.name, ci.name
        FROM division t
        JOIN division c ON c.code = t.parent_code AND c.valid_to IS NULL
        JOIN division ci ON ci.code = c.parent_code AND ci.valid_to IS NULL
        WHERE t.level = 'township' AND t.valid_to IS NULL;
        CREATE INDEX baseline_unit_name ON baseline_unit USING gin (name gin_trgm_ops);
        ANALYZE baseline_unit;
        """;

    private const string Query = """
        SELECT code, word_similarity(name, $1) * 3 + word_similarity(township, $1) * 2
                   + word_similarity(county, $1) * 2 + word_similarity(city, $1) AS score
        FROM baseline_unit
        WHERE name <% $1
        ORDER BY score DESC, code
        LIMIT 2
        """;

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Setup, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Leaves the registry as it was: the baseline's table goes.</summary>
    public async Task DropAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DROP TABLE IF EXISTS baseline_unit", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The best code (null when nothing passes the similarity threshold) and whether the top two tie.</summary>
    public async Task<(string? Code, bool Tied)> GeocodeAsync(NpgsqlConnection connection, string address, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Query, connection);
        command.Parameters.AddWithValue(address);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return (null, false);
        var (code, score) = (reader.GetString(0), reader.GetDouble(1));
        var tied = await reader.ReadAsync(cancellationToken) && Math.Abs(reader.GetDouble(1) - score) < 1e-9;
        return (code, tied);
    }
}
