using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Collects every matching document, unscored and in index order, for callers that need all matches
/// rather than the best few: no priority queue sized for the worst case, no score per hit.
/// </summary>
internal sealed class MatchingDocs : ICollector
{
    private readonly List<int> docs = [];
    private int docBase;

    public IReadOnlyList<int> Docs => docs;

    public bool AcceptsDocsOutOfOrder => true;

    public static IReadOnlyList<int> Of(IndexSearcher searcher, Query query)
    {
        var collector = new MatchingDocs();
        searcher.Search(query, collector);
        return collector.Docs;
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void Collect(int doc) => docs.Add(docBase + doc);

    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;
}
