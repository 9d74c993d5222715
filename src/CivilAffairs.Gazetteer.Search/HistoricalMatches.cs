using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Which of one segment's historical names a query matches, as positions of <see cref="HistoricalLeaf.Docs"/>.
/// The queries of <see cref="LuceneQueries"/> are unions and intersections of terms and prefixes: those are
/// answered by walking each term's postings from one historical document to the next, unscored, with the
/// segment's kept enumerators (<see cref="FieldEnumerators"/>). Running them as Lucene queries built
/// scorers and term states for every clause in every segment, some 800 KB per query, and the garbage
/// collections that followed made the slowest queries; any other query still runs as Lucene runs it.
/// </summary>
internal sealed class HistoricalMatches(IndexSearcher searcher, AtomicReaderContext leaf, HistoricalLeaf historical) : IDisposable
{
    private readonly IBits? live = leaf.AtomicReader.LiveDocs;
    private readonly FieldEnumerators fields = historical.Rent();

    public void Dispose() => historical.Return(fields);

    /// <summary>The positions the query matches (a new set).</summary>
    public FixedBitSet Of(Query query)
    {
        var matched = new FixedBitSet(historical.Count);
        Add(query, matched);
        return matched;
    }

    /// <summary>Sets the positions the query matches.</summary>
    private void Add(Query query, FixedBitSet into)
    {
        switch (query)
        {
            case ConstantScoreQuery { Query: { } inner }:
                Add(inner, into);
                break;
            case TermQuery term:
                AddTerm(term.Term, into);
                break;
            case PrefixQuery prefix:
                AddPrefix(prefix.Prefix, into);
                break;
            case BooleanQuery boolean when boolean.MinimumNumberShouldMatch <= 1:
                AddBoolean(boolean, into);
                break;
            default:
                AddByLucene(query, into);
                break;
        }
    }

    private void AddBoolean(BooleanQuery query, FixedBitSet into)
    {
        var clauses = query.Clauses;
        var hasRequired = clauses.Any(c => c.Occur == Occur.MUST);
        FixedBitSet? result = null;
        if (hasRequired)
        {
            foreach (var clause in clauses)
            {
                if (clause.Occur != Occur.MUST) continue;
                var matched = Of(clause.Query);
                if (result is null) result = matched;
                else result.And(matched);
                if (result.Cardinality == 0) return;
            }
        }
        else
        {
            if (!clauses.Any(c => c.Occur == Occur.SHOULD)) return;
            // A union needs no set of its own unless something is taken away from it.
            var prohibits = clauses.Any(c => c.Occur == Occur.MUST_NOT);
            result = prohibits ? new FixedBitSet(historical.Count) : into;
            foreach (var clause in clauses)
                if (clause.Occur == Occur.SHOULD) Add(clause.Query, result);
            if (!prohibits) return;
        }
        foreach (var clause in clauses)
            if (clause.Occur == Occur.MUST_NOT) result!.AndNot(Of(clause.Query));
        into.Or(result!);
    }

    private void AddTerm(Term term, FixedBitSet into)
    {
        var (terms, reuse) = fields.Of(leaf.AtomicReader, term.Field, out var slot);
        if (terms is null || !terms.SeekExact(term.Bytes)) return;
        Walk(terms, reuse, slot, into);
    }

    private void AddPrefix(Term prefix, FixedBitSet into)
    {
        var (terms, reuse) = fields.Of(leaf.AtomicReader, prefix.Field, out var slot);
        if (terms is null || terms.SeekCeil(prefix.Bytes) == TermsEnum.SeekStatus.END) return;
        do
        {
            if (!StringHelper.StartsWith(terms.Term, prefix.Bytes)) return;
            reuse = Walk(terms, reuse, slot, into);
        }
        while (terms.MoveNext());
    }

    /// <summary>Marks the historical documents of the enumerator's current term.</summary>
    private DocsEnum Walk(TermsEnum terms, DocsEnum? reuse, int slot, FixedBitSet into)
    {
        var postings = terms.Docs(live, reuse, DocsFlags.NONE);
        fields.Keep(slot, postings);
        Leap(postings, into);
        return postings;
    }

    /// <summary>Marks the historical documents among the matches, leaping from one historical document to the next.</summary>
    private void Leap(DocIdSetIterator matches, FixedBitSet into)
    {
        var docs = historical.Docs;
        var at = 0;
        for (var doc = matches.Advance(docs[0]); doc != DocIdSetIterator.NO_MORE_DOCS;)
        {
            at = historical.PositionFrom(at, doc);
            if (at == docs.Length) break;
            if (docs[at] == doc)
            {
                into.Set(at);
                if (++at == docs.Length) break;
            }
            doc = matches.Advance(docs[at]);
        }
    }

    /// <summary>Any other query, run by Lucene on this segment alone.</summary>
    private void AddByLucene(Query query, FixedBitSet into)
    {
        if (searcher.CreateNormalizedWeight(query).GetScorer(leaf, live) is { } scorer)
            Leap(scorer, into);
    }
}
