using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CivilAffairs.Gazetteer.Chinese;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.History;

/// <summary>
/// Writes the historical names as a Linked Places Format (LPF 1.2) FeatureCollection, GeoJSON-LD,
/// for World Historical Gazetteer and Pelagios: per name its title, names (simplified, traditional,
/// pinyin, Wade-Giles) with <c>when</c> timespans and citations, the point, descriptions (meaning,
/// origin, 沿革), the CHGIS record as a closeMatch link, and relations (replaces / replaced by from
/// the lineage, part of today's county). Streams row by row: memory stays flat whatever the size.
/// </summary>
public sealed class LinkedPlacesExport(NpgsqlDataSource dataSource, string baseUri = LinkedPlacesExport.DefaultBaseUri)
{
    public const string Context = "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld";
    public const string DefaultBaseUri = "urn:x-shanxi-gazetteer:";
    public const string RegistryCitation = "山西省地名数据库 Shanxi place-name registry (no source recorded for this name)";

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    private const string NamesSql =
        """
        SELECT h.id, h.name, h.name_traditional, coalesce(h.reading, h.romanized), h.feature_type, h.begin_year, h.end_year,
               h.begin_precision, h.end_precision, h.begin_approximate, h.end_approximate, h.status, ST_X(ST_PointOnSurface(h.geom)),
               ST_Y(ST_PointOnSurface(h.geom)), h.meaning, h.origin, h.evolution, h.list_level, h.list_category, h.dynasty, h.source_id,
               h.provenance, h.division_code, d.name, dy.end_year
        FROM historical_name h
        LEFT JOIN division d ON d.code = h.division_code AND d.valid_to IS NULL
        LEFT JOIN dynasty dy ON dy.name = h.dynasty
        ORDER BY h.id
        """;

    private const string CitationsSql = "SELECT historical_name_id, source, page, note, certainty FROM citation ORDER BY historical_name_id, id";

    private const string RelationsSql =
        """
        SELECT a.historical_name_id, a.role, b.historical_name_id, b.name, e.kind, e.year, e.approximate
        FROM name_event e
        JOIN name_event_link a ON a.event_id = e.id AND a.historical_name_id IS NOT NULL
        JOIN name_event_link b ON b.event_id = e.id AND b.role <> a.role AND b.historical_name_id IS NOT NULL
        ORDER BY e.year, e.id
        """;

    /// <summary>Writes the collection; returns how many features it holds.</summary>
    public async Task<int> WriteAsync(Stream output, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var citations = await CitationsAsync(connection, cancellationToken);
        var relations = await RelationsAsync(connection, cancellationToken);
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteString("@context", Context);
        json.WriteStartArray("features");
        var count = 0;
        await using (var command = new NpgsqlCommand(NamesSql, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                WriteFeature(json, reader, citations.GetValueOrDefault(id) ?? [], relations.GetValueOrDefault(id) ?? []);
                if (++count % 500 == 0)
                {
                    progress?.Report(count);
                    await json.FlushAsync(cancellationToken);
                }
            }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        progress?.Report(count);
        return count;
    }

    public string UriOf(long historicalNameId) => $"{baseUri}historical-name:{historicalNameId}";

    private void WriteFeature(Utf8JsonWriter json, NpgsqlDataReader row, IReadOnlyList<CitationRow> citations, IReadOnlyList<RelationRow> relations)
    {
        var id = row.GetInt64(0);
        var name = row.GetString(1);
        var traditional = Text(row, 2);
        var reading = Text(row, 3);
        int? begin = row.IsDBNull(5) ? null : row.GetInt32(5);
        int? end = row.IsDBNull(6) ? null : row.GetInt32(6);
        var span = new LinkedPlacesWhen(begin, end, row.GetString(7), row.GetString(8), row.GetBoolean(9), row.GetBoolean(10), Text(row, 11), row.IsDBNull(24) ? null : row.GetInt32(24));

        json.WriteStartObject();
        json.WriteString("@id", UriOf(id));
        json.WriteString("type", "Feature");
        json.WriteStartObject("properties");
        json.WriteString("title", name);
        json.WriteStartArray("ccodes");
        json.WriteStringValue("CN");
        json.WriteEndArray();
        WriteIfAny(json, "featureType", Text(row, 4));
        WriteIfAny(json, "status", Text(row, 11));
        WriteIfAny(json, "dynasty", Text(row, 19));
        WriteIfAny(json, "listLevel", Text(row, 17));
        WriteIfAny(json, "listCategory", Text(row, 18));
        json.WriteString("provenance", row.GetString(21));
        json.WriteEndObject();

        span.WriteProperty(json);

        json.WriteStartArray("names");
        // LPF wants a citation on at least one name: a record entered without one cites the registry itself.
        WriteName(json, name, "zh-Hans", span, citations.Count > 0 ? citations : [new CitationRow(RegistryCitation, UriOf(id), null, null)]);
        if (traditional is not null && traditional != name)
            WriteName(json, traditional, "zh-Hant", span, []);
        if (!string.IsNullOrEmpty(reading))
            WriteName(json, reading, "zh-Latn-pinyin", span, []);
        if (PlaceNameRomanizer.Shared.Romanize(name).WadeGiles is { Length: > 0 } wadeGiles)
            WriteName(json, wadeGiles, "zh-Latn-wadegile", span, []);
        json.WriteEndArray();

        json.WriteStartObject("geometry");
        json.WriteString("type", "GeometryCollection");
        json.WriteStartArray("geometries");
        if (!row.IsDBNull(12))
        {
            json.WriteStartObject();
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(row.GetDouble(12));
            json.WriteNumberValue(row.GetDouble(13));
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartArray("descriptions");
        foreach (var (text, what) in new[] { (Text(row, 14), "meaning 含义"), (Text(row, 15), "origin 来历"), (Text(row, 16), "evolution 沿革") })
            if (!string.IsNullOrEmpty(text))
            {
                json.WriteStartObject();
                json.WriteString("value", text);
                json.WriteString("lang", "zh-Hans");
                json.WriteString("label", what);
                json.WriteEndObject();
            }
        json.WriteEndArray();

        json.WriteStartArray("links");
        if (Text(row, 20) is { } sourceId && sourceId.StartsWith("hvd_", StringComparison.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("type", "closeMatch");
            json.WriteString("identifier", "http://maps.cga.harvard.edu/tgaz/placename/" + sourceId);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("relations");
        foreach (var relation in relations)
        {
            json.WriteStartObject();
            // Wikidata's "replaces" (P1365) and "replaced by" (P1366): LPF names no succession term of its own.
            json.WriteString("relationType", relation.Role == "to" ? "wd:P1365" : "wd:P1366");
            json.WriteString("relationTo", UriOf(relation.OtherId));
            json.WriteString("label", $"{relation.Kind}: {(relation.Role == "to" ? "replaces" : "replaced by")} {relation.OtherName}");
            json.WriteStartObject("when");
            json.WriteStartArray("timespans");
            json.WriteStartObject();
            json.WriteStartObject("start");
            json.WriteString("in", LinkedPlacesYear.Format(relation.Year, relation.Approximate));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        if (Text(row, 22) is { } divisionCode && Text(row, 23) is { } divisionName)
        {
            json.WriteStartObject();
            json.WriteString("relationType", "gvp:broaderPartitive");
            json.WriteString("relationTo", $"{baseUri}division:{divisionCode.TrimEnd('0').PadRight(6, '0')}");
            json.WriteString("label", $"lies in today's {divisionName}");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteName(Utf8JsonWriter json, string toponym, string lang, LinkedPlacesWhen span, IReadOnlyList<CitationRow> citations)
    {
        json.WriteStartObject();
        json.WriteString("toponym", toponym);
        json.WriteString("lang", lang);
        if (citations.Count > 0)
        {
            json.WriteStartArray("citations");
            foreach (var citation in citations)
            {
                json.WriteStartObject();
                json.WriteString("label", citation.Page is null ? citation.Source : $"{citation.Source}, {citation.Page}");
                if (citation.Page is { } page && Uri.TryCreate(page, UriKind.Absolute, out _))
                    json.WriteString("@id", page);
                WriteIfAny(json, "note", citation.Note);
                // LPF's own certainty values: certain, less-certain, uncertain.
                WriteIfAny(json, "certainty", citation.Certainty == "probable" ? "less-certain" : citation.Certainty);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        span.WriteProperty(json);
        json.WriteEndObject();
    }

    private static void WriteIfAny(Utf8JsonWriter json, string property, string? value)
    {
        if (!string.IsNullOrEmpty(value)) json.WriteString(property, value);
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static async Task<Dictionary<long, List<CitationRow>>> CitationsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var citations = new Dictionary<long, List<CitationRow>>();
        await using var command = new NpgsqlCommand(CitationsSql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (!citations.TryGetValue(id, out var list)) citations[id] = list = [];
            list.Add(new CitationRow(reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4)));
        }
        return citations;
    }

    private static async Task<Dictionary<long, List<RelationRow>>> RelationsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var relations = new Dictionary<long, List<RelationRow>>();
        await using var command = new NpgsqlCommand(RelationsSql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (!relations.TryGetValue(id, out var list)) relations[id] = list = [];
            list.Add(new RelationRow(reader.GetString(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5), reader.GetBoolean(6)));
        }
        return relations;
    }

    private sealed record CitationRow(string Source, string? Page, string? Note, string? Certainty);

    /// <param name="Role">This name's side of the event: 'to' when it replaced the other, 'from' when the other replaced it.</param>
    private sealed record RelationRow(string Role, long OtherId, string OtherName, string Kind, int Year, bool Approximate);
}
