using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// The place summary of a hit, read from its binary doc value: far cheaper than a stored document,
/// which costs a block decompression each.
/// </summary>
internal sealed class PlaceSummaries(IndexReader reader)
{
    private readonly IList<AtomicReaderContext> leaves = reader.Leaves;
    private readonly BinaryDocValues?[] values = new BinaryDocValues?[reader.Leaves.Count];
    private readonly BytesRef bytes = new();

    public IndexedPlace Place(int doc) => PlaceSummary.Decode(Read(doc));

    public long Id(int doc) => PlaceSummary.DecodeId(Read(doc));

    private BytesRef Read(int doc)
    {
        var leaf = ReaderUtil.SubIndex(doc, leaves);
        var leafValues = values[leaf] ??= leaves[leaf].AtomicReader.GetBinaryDocValues(IndexFields.Summary)
            ?? throw new InvalidOperationException("The index has no place summaries: delete the index folder to rebuild it.");
        leafValues.Get(doc - leaves[leaf].DocBase, bytes);
        return bytes;
    }
}
