using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CivilAffairs.Gazetteer.Testing;

/// <summary>
/// The required parts of a Linked Places Format 1.2 collection (github.com/LinkedPasts/linked-places-format):
/// @context, a FeatureCollection of Features each with a unique @id URI, properties.title, names[] with
/// a toponym each and at least one citation with a label, a GeometryCollection geometry; every
/// when has timespans whose start gives in/earliest/latest as ISO 8601 years; relations name a type and a target.
/// </summary>
public static partial class LinkedPlacesFormat
{
    public static IReadOnlyList<string> Problems(JsonNode collection)
    {
        var problems = new List<string>();
        if (collection["type"]?.GetValue<string>() != "FeatureCollection") problems.Add("type is not FeatureCollection");
        if (collection["@context"]?.GetValue<string>() is not { } context || !context.Contains("linkedplaces-context", StringComparison.Ordinal))
            problems.Add("@context is not the Linked Places context");
        if (collection["features"] is not JsonArray features)
        {
            problems.Add("no features array");
            return problems;
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            var id = feature?["@id"]?.GetValue<string>();
            var where = id ?? "(feature without @id)";
            if (id is null || !Uri.TryCreate(id, UriKind.Absolute, out _)) problems.Add($"{where}: @id is not an absolute URI");
            else if (!ids.Add(id)) problems.Add($"{where}: @id repeated");
            if (feature?["type"]?.GetValue<string>() != "Feature") problems.Add($"{where}: type is not Feature");
            if (string.IsNullOrWhiteSpace(feature?["properties"]?["title"]?.GetValue<string>())) problems.Add($"{where}: properties.title missing");
            if (feature?["names"] is not JsonArray { Count: > 0 } names) problems.Add($"{where}: names[] missing or empty");
            else
            {
                if (names.Any(n => string.IsNullOrWhiteSpace(n?["toponym"]?.GetValue<string>()))) problems.Add($"{where}: a name without toponym");
                if (!names.Any(n => n?["citations"] is JsonArray { Count: > 0 } c && c.All(x => !string.IsNullOrWhiteSpace(x?["label"]?.GetValue<string>()))))
                    problems.Add($"{where}: no name has a citation with a label");
                foreach (var name in names) When(name?["when"], where + " names[].when", problems);
            }
            if (feature?["geometry"]?["type"]?.GetValue<string>() != "GeometryCollection" || feature["geometry"]!["geometries"] is not JsonArray geometries)
                problems.Add($"{where}: geometry is not a GeometryCollection");
            else if (geometries.Any(g => g?["type"]?.GetValue<string>() != "Point" || g["coordinates"] is not JsonArray { Count: 2 }))
                problems.Add($"{where}: a geometry is not a [lon, lat] Point");
            When(feature?["when"], where + " when", problems);
            foreach (var relation in feature?["relations"] as JsonArray ?? [])
                if (string.IsNullOrWhiteSpace(relation?["relationType"]?.GetValue<string>()) || relation["relationTo"]?.GetValue<string>() is not { } to
                    || !Uri.TryCreate(to, UriKind.Absolute, out _))
                    problems.Add($"{where}: a relation without relationType or relationTo URI");
        }
        return problems;
    }

    private static void When(JsonNode? when, string where, List<string> problems)
    {
        if (when is null) return;
        if (when["timespans"] is not JsonArray { Count: > 0 } spans)
        {
            problems.Add($"{where}: no timespans");
            return;
        }
        foreach (var span in spans)
        {
            if (span?["start"] is not JsonObject start) problems.Add($"{where}: timespan without start");
            foreach (var point in new[] { span?["start"], span?["end"] }.OfType<JsonObject>())
                foreach (var (key, value) in point)
                    if (key is not ("in" or "earliest" or "latest") || value?.GetValue<string>() is not { } text || !Year().IsMatch(text))
                        problems.Add($"{where}: '{key}': '{value}' is not an ISO 8601 year");
        }
    }

    [GeneratedRegex(@"^-?\d{4}[~?%]?$")]
    private static partial Regex Year();
}
