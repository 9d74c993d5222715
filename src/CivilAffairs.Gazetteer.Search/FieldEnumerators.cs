using Lucene.Net.Index;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// One terms enumerator and one postings enumerator per field of one index segment, kept for the next query
/// on that segment: a fresh terms enumerator builds its block frames anew on every seek (some 4 KB each), which
/// was most of what a historian query still allocated. Used by one query at a time. The enumerators read the
/// segment's core, which every reader of the segment shares; a new field is opened through the asking query's
/// reader, since the reader that opened the first may have been closed (a later deletion gives the segment a new one).
/// </summary>
internal sealed class FieldEnumerators
{
    private readonly List<(string Field, TermsEnum? Terms, DocsEnum? Docs)> fields = [];

    /// <summary>The field's terms enumerator (null when the segment has no such field) and its last postings enumerator.</summary>
    public (TermsEnum? Terms, DocsEnum? Docs) Of(AtomicReader segment, string field, out int slot)
    {
        for (slot = 0; slot < fields.Count; slot++)
            if (string.Equals(fields[slot].Field, field, StringComparison.Ordinal))
                return (fields[slot].Terms, fields[slot].Docs);
        var terms = segment.GetTerms(field)?.GetEnumerator();
        fields.Add((field, terms, null));
        return (terms, null);
    }

    /// <summary>The field's postings enumerator to reuse for its next term.</summary>
    public void Keep(int slot, DocsEnum docs) => fields[slot] = (fields[slot].Field, fields[slot].Terms, docs);
}
