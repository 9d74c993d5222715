using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Search;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Type-ahead: names that start with what was typed, in hanzi (洪), pinyin (hongt) or initials (hdx),
/// the admin level and closeness to <c>near</c> deciding among them.
/// </summary>
public sealed class Autocomplete(PlaceIndex index)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    /// <summary>Candidates re-ranked by distance; enough for a bias, few enough for a few milliseconds.</summary>
    private const int NearWindow = 100;

    /// <summary>
    /// Prefixes this short (h, zh, 洪) match tens of thousands of names and are what every typist sends
    /// first: their candidates are kept per searcher, so they are computed once per index version.
    /// </summary>
    private const int CachedPrefixLength = 2;

    private const int MaxCachedPerSearcher = 20_000;

    /// <summary>Candidates of short prefixes by searcher: a refreshed index brings a new searcher and an empty cache.</summary>
    private readonly ConditionalWeakTable<IndexSearcher, ConcurrentDictionary<string, TopDocs>> shortPrefixes = new();

    /// <exception cref="InvalidSearchException">Empty or overlong prefix, a bad filter, point or limit.</exception>
    public IReadOnlyList<Suggestion> Suggest(string prefix, Point? near = null, int? limit = null, SearchFilter? filter = null)
    {
        var query = SearchQuery.Read(prefix, "prefix");
        var point = SearchPoint.Read(near);
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit)
            throw new InvalidSearchException($"limit is {size}; ask for 1 to {MaxLimit} suggestions.", "limit");
        var lucene = LuceneQueries.Weighted(query, filter ?? SearchFilter.None, prefixOnly: true);
        if (lucene is null) return [];

        return index.WithSearcher(searcher =>
        {
            // Without a point the index's order (exact, prefix, admin level) is nearly final: a small margin
            // lets the shorter-name tie-break work.
            var top = Candidates(searcher, lucene, point is null ? size * 2 + 10 : NearWindow, query, filter);
            return PlaceSearch.RankAll(searcher, top, query, point, MatchQuality.Prefix)
                .Take(size)
                .Select(hit => new Suggestion(hit.Name, hit))
                .ToList();
        });
    }

    private TopDocs Candidates(IndexSearcher searcher, WeightedCandidates lucene, int window, SearchQuery query, SearchFilter? filter)
    {
        var typed = query.Text.Latin.Length > 0 ? query.Text.Latin : query.Text.Name;
        if (filter is not null && filter != SearchFilter.None || typed.EnumerateRunes().Count() > CachedPrefixLength)
            return lucene.Search(searcher, window);
        var cached = shortPrefixes.GetValue(searcher, _ => new ConcurrentDictionary<string, TopDocs>(StringComparer.Ordinal));
        var key = window + "|" + lucene.Required;
        if (cached.TryGetValue(key, out var top)) return top;
        top = lucene.Search(searcher, window);
        if (cached.Count >= MaxCachedPerSearcher) cached.Clear();
        cached[key] = top;
        return top;
    }
}
