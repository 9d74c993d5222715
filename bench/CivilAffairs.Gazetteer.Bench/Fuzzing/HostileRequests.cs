using System.Text;
using System.Text.Json;

namespace CivilAffairs.Gazetteer.Bench.Fuzzing;

/// <summary>
/// Generates malformed and hostile requests from a seed (the same seed gives the same requests):
/// broken GraphQL, wrong variables, huge and deep documents, unicode edge cases, impossible
/// coordinates and geometries, injection strings, and broken HTTP bodies. Most start from a valid
/// request of the real schema and damage one thing, so they reach deep into the resolvers.
/// </summary>
internal sealed class HostileRequests(int seed)
{
    private readonly Random random = new(seed);

    private static readonly string[] Injections =
    [
        "' OR 1=1 --", "'; DROP TABLE place; --", "\"; SELECT pg_sleep(30); --", "1) OR (1=1", "$1", "%", "_", "%%%_%_",
        "\\", "\\\\'", "*:*", "name:*", "洪洞~", "洪洞^100", "/.*/", "[a TO z]", "(((((", "\"unterminated", "AND OR NOT",
        "{{7*7}}", "${jndi:ldap://127.0.0.1/a}", "<script>alert(1)</script>", "../../../../etc/passwd", "\u0000", "NULL",
        "-- ", "/*", "*/", "ST_GeomFromText('POINT(0 0)')", "E'\\x00'", "$$", "\\u0000", "%00", "\r\n\r\nHTTP/1.1 200 OK",
    ];

    private static readonly string[] Unicode =
    [
        "\uD800", "\uDFFF", "\uDBFF\uDFFF", "\u0000", "\uFEFF洪洞", "\u202Eevil", "e\u0301\u0301\u0301\u0301", "𠀀𪚥𣵦", "🏔️🏘️",
        "\u200B\u200C\u200D", "洪\u0000洞", "ﾎﾝﾄﾞﾝ", "洪洞縣", "Hóngtóng", "ＨＯＮＧＴＯＮＧ", "\uFFFF\uFFFE", "\u3000\u3000", "ǅ", "İı",
        new string('洪', 5000), new string('a', 100_000), string.Concat(Enumerable.Repeat("\u0301", 2000)), "\t\n\v\f\r",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-0", "1e308", "-1e308", "1e-320", "91", "-91", "181", "-181", "360", "36.5", "112.5", "9007199254740993",
        "99999999999999999999999999", "-2147483649", "2147483648", "0.0000001", "1.7976931348623157e309", "\"36.2\"", "null", "true", "[]", "{}",
    ];

    private static readonly string[] Codes =
    [
        "14", "1410", "141024", "141024100", "141024100201", "141024000000", "000000000000", "999999999999", "14102", "1410241",
        "-141024", "１４１０２４", "1.4e5", "0x14", "14 10 24", "", " ", "1410241002011410241002011", "十四",
    ];

    private static readonly string[] ValidQueries =
    [
        "{ search(text: \"洪洞\", first: 5) { totalCount edges { cursor node { name code kind matched quality score } } pageInfo { hasNextPage endCursor } } }",
        "{ autocomplete(prefix: \"hongt\", limit: 5) { text matched hit { name code } } }",
        "{ geocode(address: \"山西省临汾市洪洞县大槐树镇\") { status best { code name lon lat chain { name } } alternatives { code } unusedText } }",
        "{ geocodeStructured(input: { county: \"洪洞县\", township: \"大槐树镇\" }) { status best { code name } } }",
        "{ geocodeBatch(addresses: [\"洪洞县\", \"太原市小店区\"]) { status best { code } } }",
        "{ reverseGeocode(lat: 36.25, lon: 111.67) { covered chain { code name } nearest { distanceMeters place { name } } } }",
        "{ places(filter: { divisionCode: \"141024\", bbox: [111.5, 36.0, 112.0, 36.5] }, first: 20) { totalCount edges { node { id name geometry } } pageInfo { endCursor } } }",
        "{ division(code: \"141024\") { name level parent { name } ancestors { name } children { code name } places(first: 3) { edges { node { name } } } } }",
        "{ placeByCode(code: \"141024000000\") { id name romanized aliases geometry point } }",
        "{ place(id: \"1\") { name } }",
        "{ romanize(text: \"洪洞县\") { withTones toneless wadeGiles needsReview } }",
        "query Q($t: String!, $n: Int) { search(text: $t, first: $n) { totalCount } }",
        "query Q($code: String!) { division(code: $code) { name children { name } } }",
        "query Q($lat: Float!, $lon: Float!) { reverseGeocode(lat: $lat, lon: $lon) { covered } }",
        "query Q($f: PlaceFilter, $after: String) { places(filter: $f, first: 10, after: $after) { totalCount } }",
        "query Q($near: PointInput) { search(text: \"村\", near: $near, first: 3) { totalCount } }",
        "query Q($a: [String!]!) { geocodeBatch(addresses: $a) { status } }",
    ];

    public FuzzRequest Next() => random.Next(12) switch
    {
        0 => BrokenSyntax(),
        1 => HostileVariables(),
        2 => HugeDocument(),
        3 => DeepDocument(),
        4 => UnicodeArgument(),
        5 => ImpossibleCoordinates(),
        6 => InjectedArgument(),
        7 => BrokenHttp(),
        8 => HostileCursorsAndCodes(),
        9 => HostileGet(),
        10 => InvalidUtf8(),
        _ => ManyFieldsAndAliases(),
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static FuzzRequest Post(string kind, object body) =>
        new(kind, HttpMethod.Post, "/graphql", "application/json", JsonSerializer.SerializeToUtf8Bytes(body));

    private static FuzzRequest Raw(string kind, string contentType, string body) =>
        new(kind, HttpMethod.Post, "/graphql", contentType, Encoding.UTF8.GetBytes(body));

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    private FuzzRequest BrokenSyntax()
    {
        var query = Pick(ValidQueries);
        var damaged = random.Next(6) switch
        {
            0 => query[..random.Next(query.Length)],
            1 => query.Remove(random.Next(query.Length), 1),
            2 => query.Insert(random.Next(query.Length), Pick(["{", "}", "(", ")", "\"", ":", "$", "@", "...", "#", "!", "[", "]", "\\"])),
            3 => new string(query.OrderBy(_ => random.Next()).ToArray()),
            4 => Pick(["{", "}", "query", "mutation { x }", "subscription { x }", "fragment F on Query { x }", "{ __schema { types { name } } }",
                       "{ __typename }", "{ ...F } fragment F on Query { ...F }", "query A { a } query A { a }", "{ search }", "{ search(text: 1) }",
                       "{ place(id: \"1\") { ... on Place { ... on Place { name } } } }", "{ a: __typename b: __typename a: search(text: \"x\") { totalCount } }"]),
            _ => query.Replace("\"", "", StringComparison.Ordinal),
        };
        return random.Next(3) == 0 ? Raw("syntax", "application/graphql", damaged) : Post("syntax", new { query = damaged });
    }

    private FuzzRequest HostileVariables()
    {
        var query = Pick(ValidQueries.Where(q => q.StartsWith("query Q", StringComparison.Ordinal)).ToList());
        var value = random.Next(8) switch
        {
            0 => Pick(Numbers),
            1 => Quote(Pick(Injections)),
            2 => Quote(Pick(Unicode)),
            3 => "{\"lon\": " + Pick(Numbers) + ", \"lat\": " + Pick(Numbers) + "}",
            4 => "[" + string.Join(',', Enumerable.Repeat(Quote("洪洞县"), random.Next(900, 1500))) + "]",
            5 => string.Concat(Enumerable.Repeat("[", random.Next(50, 3000))) + string.Concat(Enumerable.Repeat("]", random.Next(50, 3000))),
            6 => "{\"divisionCode\": " + Quote(Pick(Codes)) + ", \"bbox\": [" + string.Join(',', Enumerable.Range(0, random.Next(0, 7)).Select(_ => Pick(Numbers[..14]))) + "]}",
            _ => "{\"categories\": [" + Quote(Pick(Injections)) + "], \"statuses\": [\"NOPE\"], \"provenance\": [null]}",
        };
        var name = Pick(["t", "n", "code", "lat", "lon", "f", "after", "near", "a", "unknown"]);
        var variables = random.Next(5) == 0 ? value : "{\"" + name + "\": " + value + "}";
        return Raw("variables", "application/json", "{\"query\": " + Quote(query) + ", \"variables\": " + variables + "}");
    }

    private FuzzRequest HugeDocument()
    {
        var size = random.Next(3) switch { 0 => 10_000, 1 => 200_000, _ => 2_000_000 };
        var text = random.Next(2) == 0
            ? "{ search(text: " + Quote(new string('洪', size / 3)) + ") { totalCount } }"
            : "{ " + string.Concat(Enumerable.Repeat("__typename ", size / 11)) + "}";
        return Post("huge", new { query = text });
    }

    private FuzzRequest DeepDocument()
    {
        var depth = random.Next(10, 400);
        var query = random.Next(3) switch
        {
            0 => "{ division(code: \"14\") " + string.Concat(Enumerable.Repeat("{ parent ", depth)) + "{ name }" + new string('}', depth) + " }",
            1 => "{ division(code: \"14\") " + string.Concat(Enumerable.Repeat("{ children { places(first: 1000) { edges { node { name } } } ", depth / 4 + 1)) + new string('}', 4 * (depth / 4 + 1)) + " }",
            _ => "{ search(text: \"村\", first: 100) { edges { node { place { name } } } } " + string.Concat(Enumerable.Range(0, depth).Select(i => $"s{i}: search(text: \"村{i}\", first: 100) {{ totalCount }} ")) + "}",
        };
        return Post("deep", new { query });
    }

    private FuzzRequest UnicodeArgument()
    {
        var text = Pick(Unicode);
        var field = Pick(["search(text: {0}) { totalCount }", "autocomplete(prefix: {0}) { text }", "geocode(address: {0}) { status }",
                          "romanize(text: {0}) { toneless }", "division(code: {0}) { name }", "placeByCode(code: {0}) { name }",
                          "geocodeStructured(input: { county: {0}, village: {0} }) { status }", "geocodeBatch(addresses: [{0}, {0}]) { status }"]);
        // Half through variables (JSON escapes), half written into the document itself (GraphQL escapes).
        return random.Next(2) == 0
            ? Post("unicode", new { query = "query Q($x: String!) { " + field.Replace("{0}", "$x", StringComparison.Ordinal) + " }", variables = new { x = text } })
            : Raw("unicode", "application/json", "{\"query\": " + Quote("{ " + field.Replace("{0}", Quote(text), StringComparison.Ordinal) + " }") + "}");
    }

    private FuzzRequest ImpossibleCoordinates()
    {
        string Number() => random.Next(4) == 0 ? Pick(["1e400", "NaN", "Infinity", "-Infinity", "0x10", "1_000", "36,5", "\"36\""]) : Pick(Numbers[..15]);
        var query = random.Next(5) switch
        {
            0 => $"{{ reverseGeocode(lat: {Number()}, lon: {Number()}) {{ covered chain {{ name }} }} }}",
            1 => $"{{ reverseGeocode(lat: {Number()}, lon: {Number()}, crs: {Pick(["GCJ02", "BD09", "WGS84", "EPSG4326", "null"])}) {{ covered }} }}",
            2 => $"{{ places(filter: {{ bbox: [{string.Join(", ", Enumerable.Range(0, random.Next(0, 8)).Select(_ => Number()))}] }}, first: 5) {{ totalCount }} }}",
            3 => $"{{ search(text: \"村\", near: {{ lon: {Number()}, lat: {Number()} }}) {{ totalCount }} }}",
            _ => $"{{ autocomplete(prefix: \"洪\", near: {{ lon: {Number()}, lat: {Number()} }}, limit: {Pick(Numbers[..15])}) {{ text }} }}",
        };
        return Post("coordinates", new { query });
    }

    private FuzzRequest InjectedArgument()
    {
        var text = Pick(Injections);
        var field = Pick(["search(text: $x) { totalCount edges { node { name } } }", "autocomplete(prefix: $x) { text }", "geocode(address: $x) { status }",
                          "division(code: $x) { name }", "placeByCode(code: $x) { name }", "place(id: $x) { name }", "romanize(text: $x) { toneless }",
                          "places(filter: { divisionCode: $x }) { totalCount }", "places(after: $x) { totalCount }", "search(text: \"村\", after: $x) { totalCount }",
                          "places(filter: { categories: [$x] }) { totalCount }", "geocode(address: \"洪洞县\", asOf: $x) { status }"]);
        var type = field.StartsWith("place(id", StringComparison.Ordinal) ? "ID!" : field.Contains("asOf", StringComparison.Ordinal) ? "Date" : "String!";
        return Post("injection", new { query = $"query Q($x: {type}) {{ {field} }}", variables = new { x = text } });
    }

    private FuzzRequest HostileCursorsAndCodes()
    {
        var cursor = random.Next(4) switch
        {
            0 => Convert.ToBase64String(Encoding.UTF8.GetBytes(Pick(Injections))),
            1 => Convert.ToBase64String(Encoding.UTF8.GetBytes(Pick(Numbers))),
            2 => Convert.ToBase64String(Enumerable.Range(0, random.Next(1, 64)).Select(_ => (byte)random.Next(256)).ToArray()),
            _ => Pick(Injections),
        };
        var query = random.Next(5) switch
        {
            0 => $"{{ places(first: {Pick(Numbers[..15])}, after: {Quote(cursor)}) {{ totalCount }} }}",
            1 => $"{{ search(text: \"村\", first: {Pick(Numbers[..15])}, after: {Quote(cursor)}) {{ totalCount }} }}",
            2 => $"{{ division(code: {Quote(Pick(Codes))}) {{ name children {{ name }} places(first: {Pick(Numbers[..15])}) {{ totalCount }} }} }}",
            3 => $"{{ placeByCode(code: {Quote(Pick(Codes))}) {{ name }} place(id: {Quote(Pick(Codes))}) {{ name }} }}",
            _ => $"{{ geocodeBatch(addresses: [{string.Join(',', Enumerable.Repeat(Quote(Pick(Codes)), random.Next(0, 1100)))}]) {{ status }} }}",
        };
        return Post("cursor-code", new { query });
    }

    private FuzzRequest BrokenHttp()
    {
        var query = Pick(ValidQueries);
        return random.Next(9) switch
        {
            0 => Raw("http", "application/json", ""),
            1 => Raw("http", "application/json", "[" + JsonSerializer.Serialize(new { query }) + "]"),
            2 => Raw("http", "application/json", Pick(["null", "42", "\"text\"", "true", "{", "{\"query\": ", "{\"query\": null}", "{\"query\": 5}", "{\"query\": [\"x\"]}"])),
            3 => Raw("http", Pick(["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=latin1", "*/*", "application/x-www-form-urlencoded", ";;;"]), query),
            4 => Raw("http", "application/json", "{\"query\": " + Quote(query) + ", \"operationName\": " + Pick(["\"Nope\"", "5", "null", "{}"]) + "}"),
            5 => Raw("http", "application/json", "{\"query\": " + Quote(query) + ", \"extensions\": " + Pick(["5", "\"x\"", "{\"persistedQuery\": {\"sha256Hash\": \"00\"}}"]) + "}"),
            6 => Raw("http", "application/json", "{\"query\": " + Quote(query) + ", \"query\": \"{ __typename }\"}"),
            7 => new FuzzRequest("http", Pick([HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options, HttpMethod.Head]), "/graphql", "application/json", JsonSerializer.SerializeToUtf8Bytes(new { query })),
            _ => new FuzzRequest("http", HttpMethod.Post, Pick(["/graphql/", "/graphql?query=x", "/GRAPHQL", "/healthz", "/nope", "/graphql%00", "/..%2f..%2fetc%2fpasswd"]), "application/json", JsonSerializer.SerializeToUtf8Bytes(new { query })),
        };
    }

    private FuzzRequest HostileGet()
    {
        var query = random.Next(3) switch
        {
            0 => Pick(ValidQueries),
            1 => "mutation { x }",
            _ => Pick(Injections),
        };
        var path = "/graphql?query=" + Uri.EscapeDataString(query);
        if (random.Next(2) == 0)
            path += "&variables=" + Uri.EscapeDataString(Pick(["{", "[]", "null", "{\"t\": 5}", "%%", "{\"code\": \"141024\"}"]));
        if (random.Next(4) == 0)
            path += "&operationName=" + Uri.EscapeDataString(Pick(Injections));
        if (random.Next(6) == 0)
            path = "/graphql?" + Pick(["query", "query=", "variables=%7B", "query=%ZZ", "query=%ED%A0%80"]);
        return new FuzzRequest("get", HttpMethod.Get, path, null, null);
    }

    private FuzzRequest InvalidUtf8()
    {
        var prefix = Encoding.UTF8.GetBytes("{\"query\": \"{ search(text: \\\"");
        var suffix = Encoding.UTF8.GetBytes("\\\") { totalCount } }\"}");
        byte[][] bad = [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF, 0xFE], [0xE6, 0xB4], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]];
        var body = prefix.Concat(Pick(bad)).Concat(suffix).ToArray();
        return new FuzzRequest("utf8", HttpMethod.Post, "/graphql", random.Next(2) == 0 ? "application/json" : "application/graphql", body);
    }

    private FuzzRequest ManyFieldsAndAliases()
    {
        var count = random.Next(100, 3000);
        var query = "{ " + string.Concat(Enumerable.Range(0, count).Select(i => random.Next(2) == 0
            ? $"a{i}: romanize(text: \"洪洞{i % 10}\") {{ toneless }} "
            : $"a{i}: reverseGeocode(lat: 36.{i % 90}, lon: 111.{i % 90}) {{ covered }} ")) + "}";
        return Post("aliases", new { query });
    }
}
