using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// The historical-name documents of one index segment, with their ids and place summaries, read once per
/// segment and kept while the segment lives (a reopened reader shares its unchanged segments, so following
/// the change log rebuilds this only for new or merged segments). Queries then work on these few thousand
/// positions instead of the index's 400,000 documents, and turn a match into an id without reading a doc value.
/// Deleted documents stay listed here: queries pass the reader's live documents to the postings they walk.
/// </summary>
internal sealed class HistoricalLeaf
{
    private static readonly ConditionalWeakTable<object, HistoricalLeaf> Segments = new();
    private static readonly HistoricalLeaf None = new([], [], []);
    private readonly ConcurrentBag<FieldEnumerators> enumerators = [];

    private HistoricalLeaf(int[] docs, long[] ids, IndexedPlace[] places)
    {
        Docs = docs;
        Ids = ids;
        Places = places;
    }

    /// <summary>The segment's historical-name documents, ascending.</summary>
    public int[] Docs { get; }

    /// <summary>The historical-name id of each of <see cref="Docs"/>.</summary>
    public long[] Ids { get; }

    /// <summary>The place summary of each of <see cref="Docs"/>, for the checks the index cannot answer.</summary>
    public IndexedPlace[] Places { get; }

    public int Count => Docs.Length;

    /// <summary>Enumerators of the segment for one query; <see cref="Return"/> them when it is done.</summary>
    public FieldEnumerators Rent() => enumerators.TryTake(out var kept) ? kept : new FieldEnumerators();

    public void Return(FieldEnumerators used) => enumerators.Add(used);

    public static HistoricalLeaf Of(AtomicReaderContext leaf) =>
        Segments.GetValue(leaf.AtomicReader.CoreCacheKey, _ => Read(leaf.AtomicReader));

    /// <summary>The position of the first of <see cref="Docs"/> at or after the document, from a position on.</summary>
    public int PositionFrom(int start, int doc)
    {
        var found = Array.BinarySearch(Docs, start, Docs.Length - start, doc);
        return found >= 0 ? found : ~found;
    }

    private static HistoricalLeaf Read(AtomicReader reader)
    {
        // Deleted documents too (no live-docs filter): the segment's core is shared by readers whose deletions differ.
        var postings = reader.GetTerms(IndexFields.Kind)?.GetEnumerator() is { } terms && terms.SeekExact(new Lucene.Net.Util.BytesRef("historical_name"))
            ? terms.Docs(null, null, DocsFlags.NONE)
            : null;
        if (postings is null) return None;
        var docs = new List<int>();
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            docs.Add(doc);
        if (docs.Count == 0) return None;
        var summaries = reader.GetBinaryDocValues(IndexFields.Summary)
            ?? throw new InvalidOperationException("The index has no place summaries: delete the index folder to rebuild it.");
        var bytes = new Lucene.Net.Util.BytesRef();
        var places = new IndexedPlace[docs.Count];
        var ids = new long[docs.Count];
        for (var i = 0; i < places.Length; i++)
        {
            summaries.Get(docs[i], bytes);
            places[i] = PlaceSummary.Decode(bytes);
            ids[i] = places[i].Id;
        }
        return new HistoricalLeaf([.. docs], ids, places);
    }
}
