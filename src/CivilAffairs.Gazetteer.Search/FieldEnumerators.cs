using Lucene.Net.Index;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// One terms enumerator and one postings enumerator per field of one index segment, kept for the next query
/// on that segment: a fresh terms enumerator builds its block frames anew on every seek (some 4 KB each), which
/// was most of what a historian query still allocated. Used by one query at a time.
/// </summary>
internal sealed class FieldEnumerators(AtomicReader segment)
{
    private readonly List<(string Field, TermsEnum? Terms, DocsEnum? Docs)> fields = [];

    /// <summary>The field's terms enumerator (null when the segment has no such field) and its last postings enumerator.</summary>
    public (TermsEnum? Terms, DocsEnum? Docs) Of(string field, out int slot)
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
