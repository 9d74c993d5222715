using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Bench.Maps;

/// <summary>
/// Reads the whole change log through <c>changes(since, first: 1000)</c> with images, page after
/// page as a syncing client does, and reports changes and megabytes per second.
/// </summary>
internal static class ChangeFeedThroughput
{
    private const string Query = "query($since: ChangeCursor) { changes(since: $since, first: 1000) { edges { node { seq entity entityId op after } } pageInfo { hasNextPage endCursor } } }";

    public static async Task<string> MeasureAsync(Uri graphql, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        string? since = null;
        long changes = 0, bytes = 0, pages = 0;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await http.PostAsJsonAsync(graphql, new { query = Query, variables = new { since } }, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            bytes += text.Length;
            pages++;
            var page = JsonNode.Parse(text)!["data"]!["changes"]!;
            changes += page["edges"]!.AsArray().Count;
            since = (string?)page["pageInfo"]!["endCursor"];
            if (!(bool)page["pageInfo"]!["hasNextPage"]!) break;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"Change feed: {changes:N0} changes in {pages:N0} pages of up to 1,000 (with their after images) read by one client in {seconds:F2} s: " +
            $"{changes / seconds:N0} changes/s, {bytes / seconds / 1e6:F1} MB/s of JSON. The changes are generated place changes in a scratch database (dropped afterwards), not the registry's log.");
    }
}
