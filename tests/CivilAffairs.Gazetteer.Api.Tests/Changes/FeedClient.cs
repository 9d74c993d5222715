using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Api.Tests.Changes;

/// <summary>
/// A mapping app keeping a copy of the registry's places: it loads a snapshot, then applies the
/// change feed page by page, keeping the latest image of each place.
/// </summary>
public sealed class FeedClient(HttpClient http, GraphQLClient graphql)
{
    private const string ChangesQuery = """
        query($since: ChangeCursor, $first: Int) {
          changes(since: $since, first: $first) {
            edges { cursor node { seq entity entityId op after } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public SortedDictionary<long, string> Places { get; } = [];

    public string? Cursor { get; private set; }

    public int ChangesApplied { get; private set; }

    public async Task LoadSnapshotAsync()
    {
        using var response = await http.GetAsync("/changes/snapshot");
        response.EnsureSuccessStatusCode();
        using var reader = new StringReader(await response.Content.ReadAsStringAsync());
        var header = JsonNode.Parse(reader.ReadLine()!)!;
        Cursor = (string?)header["cursor"];
        Places.Clear();
        while (reader.ReadLine() is { Length: > 0 } line)
            Places[(long)JsonNode.Parse(line)!["id"]!] = line;
    }

    /// <summary>Applies every change after the cursor, <paramref name="pageSize"/> at a time; returns the sequence numbers seen.</summary>
    public async Task<List<long>> CatchUpAsync(int pageSize)
    {
        var seen = new List<long>();
        while (true)
        {
            var page = (await graphql.DataAsync(ChangesQuery, new { since = Cursor, first = pageSize }))["changes"]!;
            foreach (var edge in page["edges"]!.AsArray())
            {
                var node = edge!["node"]!;
                seen.Add(long.Parse((string)node["seq"]!, System.Globalization.CultureInfo.InvariantCulture));
                if ((string?)node["entity"] == "place")
                {
                    Places[long.Parse((string)node["entityId"]!, System.Globalization.CultureInfo.InvariantCulture)] = (string)node["after"]!;
                    ChangesApplied++;
                }
            }
            Cursor = (string?)page["pageInfo"]!["endCursor"];
            if (!(bool)page["pageInfo"]!["hasNextPage"]!) return seen;
        }
    }
}
