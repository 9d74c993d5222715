using CivilAffairs.Gazetteer.Bench.FullData;
using CivilAffairs.Gazetteer.Chinese;
using CivilAffairs.Gazetteer.Search.Tests.Geocoding;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.Http;

/// <summary>
/// The request bodies the HTTP benchmarks cycle through, drawn from the registry itself (seeded):
/// the labelled addresses, name prefixes in hanzi and pinyin, search texts and registry points.
/// </summary>
internal sealed class HttpQueries
{
    public const string Geocode = "query($a: String!) { geocode(address: $a) { status best { code name level confidence lon lat } alternatives { code } unusedText } }";
    public const string Autocomplete = "query($p: String!) { autocomplete(prefix: $p, limit: 10) { text matched hit { kind name code } } }";
    public const string Search = "query($t: String!) { search(text: $t, first: 20) { totalCount edges { node { kind name code quality } } } }";
    public const string Reverse = "query($lat: Float!, $lon: Float!) { reverseGeocode(lat: $lat, lon: $lon) { covered chain { code name level } nearest { distanceMeters place { name } } } }";

    private HttpQueries(string[] geocode, string[] autocomplete, string[] search, string[] reverse)
    {
        GeocodeBodies = geocode;
        AutocompleteBodies = autocomplete;
        SearchBodies = search;
        ReverseBodies = reverse;
    }

    public string[] GeocodeBodies { get; }
    public string[] AutocompleteBodies { get; }
    public string[] SearchBodies { get; }
    public string[] ReverseBodies { get; }

    public static async Task<HttpQueries> LoadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var random = new Random(20231);
        var names = new List<(string Name, double Lon, double Lat)>();
        await using (var command = dataSource.CreateCommand("SELECT name, ST_X(point), ST_Y(point) FROM place WHERE point IS NOT NULL ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                names.Add((reader.GetString(0), reader.GetDouble(1), reader.GetDouble(2)));
        var picked = Enumerable.Range(0, 2000).Select(_ => names[random.Next(names.Count)]).ToList();

        var geocode = AddressSet.Load().Select(a => GraphQLRequest.Body(Geocode, new { a = a.Address })).ToArray();
        var autocomplete = picked.Select((n, i) => GraphQLRequest.Body(Autocomplete, new { p = Prefix(n.Name, i, random) })).ToArray();
        var search = picked.Select((n, i) => GraphQLRequest.Body(Search, new { t = SearchText(n.Name, i, random) })).ToArray();
        var reverse = picked.Select(n => GraphQLRequest.Body(Reverse, new { lat = n.Lat, lon = n.Lon })).ToArray();
        return new HttpQueries(geocode, autocomplete, search, reverse);
    }

    /// <summary>One or two leading hanzi, 2-5 leading pinyin letters, or 2-3 initials, in turn.</summary>
    private static string Prefix(string name, int i, Random random)
    {
        var romanization = PlaceNameRomanizer.Shared.Romanize(name);
        return (i % 3) switch
        {
            1 when romanization.Key.Length >= 2 => romanization.Key[..Math.Min(romanization.Key.Length, 2 + random.Next(4))],
            2 when romanization.Initials.Length >= 2 => romanization.Initials.ToLowerInvariant()[..Math.Min(romanization.Initials.Length, 2 + random.Next(2))],
            _ => name[..Math.Min(name.Length, 1 + random.Next(2))],
        };
    }

    /// <summary>A 2-3 character substring, the toneless pinyin or the initials, in turn.</summary>
    private static string SearchText(string name, int i, Random random)
    {
        var romanization = PlaceNameRomanizer.Shared.Romanize(name);
        switch (i % 3)
        {
            case 1 when romanization.Key.Length > 0:
                return romanization.Key;
            case 2 when romanization.Initials.Length >= 2:
                return romanization.Initials.ToLowerInvariant();
            default:
                var length = Math.Min(name.Length, 2 + random.Next(2));
                return name.Substring(random.Next(name.Length - length + 1), length);
        }
    }

    /// <summary>Cycles through <paramref name="bodies"/>: request i sends bodies[i mod n].</summary>
    public static Func<long, string> Cycle(string[] bodies) => i => bodies[i % bodies.Length];

    /// <summary>
    /// The environment for an API started by a benchmark: the benchmarks' shared index of the full data
    /// (.local/bench-index-full, reused when current; one process at a time opens it).
    /// </summary>
    public static Dictionary<string, string> ApiEnvironment(BenchContext context) => new()
    {
        ["Search__IndexDirectory"] = Path.Combine(context.RepositoryRoot, ".local", "bench-index-full"),
    };

    /// <summary>Until the index is built, /healthz says "building"; the benchmarks wait for "ready".</summary>
    public static bool SearchReady(string health) => health.Contains("\"state\":\"ready\"", StringComparison.Ordinal);

    public static Task<ApiServer> StartApiAsync(BenchContext context, CancellationToken cancellationToken) =>
        context.Arguments.FirstOrDefault(a => a.StartsWith("http", StringComparison.Ordinal)) is { } url
            ? Task.FromResult(ApiServer.At(new Uri(url)))
            : ApiServer.StartAsync(context.RepositoryRoot, FullDataDatabase.ConnectionString(), BenchPorts.Api(),
                Path.Combine(context.RepositoryRoot, ".local", "bench-api.log"), ApiEnvironment(context), SearchReady,
                TimeSpan.FromMinutes(20), cancellationToken);
}
