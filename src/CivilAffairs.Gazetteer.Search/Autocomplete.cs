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

    /// <exception cref="InvalidSearchException">Empty or overlong prefix, a bad filter, point or limit.</exception>
    public IReadOnlyList<Suggestion> Suggest(string prefix, Point? near = null, int? limit = null, SearchFilter? filter = null)
    {
        var query = SearchQuery.Read(prefix, "prefix");
        var point = SearchPoint.Read(near);
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit)
            throw new InvalidSearchException($"limit is {size}; ask for 1 to {MaxLimit} suggestions.", "limit");
        var lucene = LuceneQueries.Candidates(query, filter ?? SearchFilter.None, prefixOnly: true);
        if (lucene is null) return [];

        return index.WithSearcher(searcher =>
        {
            // Without a point the index's order (exact, prefix, admin level) is nearly final: a small margin
            // lets the shorter-name tie-break work.
            var top = searcher.Search(lucene, point is null ? size * 2 + 10 : NearWindow);
            return PlaceSearch.RankAll(searcher, top, query, point, MatchQuality.Prefix)
                .Take(size)
                .Select(hit => new Suggestion(hit.Name, hit))
                .ToList();
        });
    }
}
