using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Full-text search over every name form: hanzi substrings (洪洞), pinyin with or without tones and
/// spaces (hongtong, hong tong, hóngtóng), initials (hdx), traditional characters (洪洞縣) and
/// Wade-Giles (Hung-t'ung). Hits are ranked and paged with cursors.
/// </summary>
public sealed class PlaceSearch(PlaceIndex index)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>How deep a cursor may page: the ranked window is re-scored in full on every page.</summary>
    public const int MaxDepth = 2000;

    private const int Window = 500;

    /// <exception cref="InvalidSearchException">Empty or overlong text, a bad filter, point, page size or cursor.</exception>
    public SearchPage Search(string text, SearchFilter? filter = null, Point? near = null, int? first = null, string? after = null)
    {
        var query = SearchQuery.Read(text, "text");
        var point = SearchPoint.Read(near);
        var size = first ?? DefaultPageSize;
        if (size is < 1 or > MaxPageSize)
            throw new InvalidSearchException($"first is {size}; ask for 1 to {MaxPageSize} hits per page.", "first");
        var offset = SearchCursor.StartAfter(after);
        if (offset > MaxDepth - size)
            throw new InvalidSearchException($"Paging stops at {MaxDepth} hits; narrow the search with a filter or more text.", "after");

        var lucene = LuceneQueries.Candidates(query, filter ?? SearchFilter.None, prefixOnly: false);
        if (lucene is null) return new SearchPage([], 0, false, offset > 0);

        return index.WithSearcher(searcher =>
        {
            // The window is fixed (not offset-dependent) so that pages cut one ranking consistently.
            var window = Math.Max(Window, offset + size);
            var top = searcher.Search(lucene, window);
            var ranked = RankAll(searcher, top, query, point, MatchQuality.Substring);
            var total = ranked.Count < top.ScoreDocs.Length ? top.TotalHits - (top.ScoreDocs.Length - ranked.Count) : top.TotalHits;
            var edges = ranked.Skip(offset).Take(size)
                .Select((hit, i) => new SearchEdge(hit, SearchCursor.Encode(offset + i)))
                .ToList();
            return new SearchPage(edges, total, offset + edges.Count < total, offset > 0);
        });
    }

    internal static List<SearchHit> RankAll(IndexSearcher searcher, TopDocs top, SearchQuery query, (double Lon, double Lat)? near, MatchQuality atLeast)
    {
        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        var summaries = new PlaceSummaries(searcher.IndexReader);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            // Long hanzi text is matched by its 4-grams in any order: the exact check drops the strays.
            if (Ranking.Rank(summaries.Place(scoreDoc.Doc), query, near, atLeast) is { } hit) hits.Add(hit);
        }
        hits.Sort(Ranking.Compare);
        return hits;
    }
}
