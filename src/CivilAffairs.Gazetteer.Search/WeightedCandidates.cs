using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// The best candidates of <see cref="LuceneQueries.Candidates"/> in the same order, scored without its
/// four admin-level clauses: those are SHOULD clauses over postings of up to 200,000 documents each,
/// advanced for every matching document (tens of thousands for "zh" or "洪"). Here the weight comes
/// from the documents' own weight term (one array per segment, built once per segment) and is added
/// the way BooleanQuery would: score (m + w) × coord for w ≥ 2, m × coord otherwise, where m is the
/// text clauses' score and coord the share of the top-level clauses that matched. Only the common
/// factor (query norm, maximum overlap) is left out, so the order, ties by document included, is the same.
/// </summary>
/// <param name="Required">The text clauses and the filters, all required.</param>
/// <param name="Filters">How many filter clauses <paramref name="Required"/> holds besides the text.</param>
internal sealed record WeightedCandidates(Query Required, int Filters)
{
    public TopDocs Search(IndexSearcher searcher, int size)
    {
        // As IndexSearcher.CreateNormalizedWeight, with a norm of 1: raw clause boosts as scores.
        var weight = searcher.Rewrite(Required).CreateWeight(searcher);
        weight.GetValueForNormalization();
        weight.Normalize(1f, 1f);
        var best = new PriorityQueue<int, (float Score, int Doc)>(size + 1, Worst.First);
        var total = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer) continue;
#pragma warning disable CS0612, CS0618 // The weight is a plain string term, which the text parser reads.
            var weights = FieldCache.DEFAULT.GetInt32s(leaf.AtomicReader, IndexFields.Weight, FieldCache.DEFAULT_INT32_PARSER, false);
#pragma warning restore CS0612, CS0618
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                total++;
                var level = weights.Get(doc);
                var text = scorer.GetScore();
                var score = level >= 2 ? (text + level) * (2 + Filters) : text * (1 + Filters);
                var global = leaf.DocBase + doc;
                if (best.Count < size)
                    best.Enqueue(global, (score, global));
                else if (best.TryPeek(out _, out var worst) && score > worst.Score)
                    best.EnqueueDequeue(global, (score, global));
            }
        }
        var top = new ScoreDoc[best.Count];
        for (var i = top.Length - 1; i >= 0; i--)
        {
            best.TryDequeue(out var doc, out var key);
            top[i] = new ScoreDoc(doc, key.Score);
        }
        return new TopDocs(total, top, top.Length > 0 ? top[0].Score : float.NaN);
    }

    /// <summary>The queue's head is the candidate to drop first: the lowest score, and of equal scores the later document.</summary>
    private sealed class Worst : IComparer<(float Score, int Doc)>
    {
        public static readonly Worst First = new();

        public int Compare((float Score, int Doc) a, (float Score, int Doc) b)
        {
            var byScore = a.Score.CompareTo(b.Score);
            return byScore != 0 ? byScore : b.Doc.CompareTo(a.Doc);
        }
    }
}
