using System.Globalization;
using CivilAffairs.Gazetteer.Divisions;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Builds the candidate query directly from terms (no QueryParser: its syntax would make typed
/// text like "AND (" an operator). Constant scores per clause keep exact over prefix over
/// substring and let the admin-level weight lift within a tier; <see cref="Ranking"/> settles the order.
/// </summary>
internal static class LuceneQueries
{
    private const float Exact = 30, Prefix = 20, Substring = 10;

    /// <summary>Null when nothing typed can match anything (only punctuation or emoji).</summary>
    public static Query? Candidates(SearchQuery query, SearchFilter filter, bool prefixOnly)
    {
        if (Matches(query, prefixOnly) is not { } matches) return null;
        var candidates = new BooleanQuery { { matches, Occur.MUST } };
        for (var weight = 2; weight <= AdminLevelWeight.Max; weight++)
            Should(candidates, new TermQuery(new Term(IndexFields.Weight, weight.ToString(CultureInfo.InvariantCulture))), weight);
        AddFilter(candidates, filter);
        return candidates;
    }

    /// <summary>
    /// <see cref="Candidates"/> without the admin-level clauses, which <see cref="WeightedCandidates"/>
    /// adds from the documents' weights instead; null when nothing typed can match anything.
    /// </summary>
    public static WeightedCandidates? Weighted(SearchQuery query, SearchFilter filter, bool prefixOnly)
    {
        if (Matches(query, prefixOnly) is not { } matches) return null;
        var required = new BooleanQuery { { matches, Occur.MUST } };
        AddFilter(required, filter);
        return new WeightedCandidates(required, required.Clauses.Count - 1);
    }

    /// <summary>
    /// The name clauses of <see cref="Candidates"/> alone (no admin-level weights, no filter), for callers
    /// that filter in their own way; null when nothing typed can match anything.
    /// </summary>
    public static Query? NameMatches(SearchQuery query, bool prefixOnly) => Matches(query, prefixOnly);

    private static BooleanQuery? Matches(SearchQuery query, bool prefixOnly)
    {
        var matches = new BooleanQuery();
        var typed = query.Text;
        if (typed.Name.Length > 0)
        {
            foreach (var (exact, grams) in new[]
            {
                (IndexFields.Name, IndexFields.NameGrams), (IndexFields.Alias, IndexFields.AliasGrams),
                (IndexFields.Traditional, IndexFields.TraditionalGrams), (IndexFields.FormerName, IndexFields.FormerNameGrams),
            })
            {
                foreach (var form in new[] { typed.Name, query.Simplified }.Where(f => f.Length > 0))
                {
                    Should(matches, new TermQuery(new Term(exact, form)), Exact);
                    Should(matches, StartsWith(exact, form), Prefix);
                    if (!prefixOnly) Should(matches, Grams(grams, form), Substring);
                }
            }
        }
        // Type-ahead matches whole keys only: a prefix of a later word is a substring match, which
        // autocomplete drops after ranking; "h" or "zh" would otherwise expand to most of the index.
        var pinyin = prefixOnly ? IndexFields.PinyinStart : IndexFields.Pinyin;
        foreach (var key in query.WadeGilesKeys.Prepend(typed.Latin).Where(k => k.Length > 0).Distinct())
        {
            Should(matches, new TermQuery(new Term(pinyin, key)), Exact);
            Should(matches, StartsWith(pinyin, key), Prefix);
        }
        if (typed.Latin.Length >= 2)
        {
            Should(matches, new TermQuery(new Term(IndexFields.Initials, typed.Latin)), Exact - 1);
            Should(matches, StartsWith(IndexFields.Initials, typed.Latin), Prefix - 1);
        }
        return matches.Clauses.Count == 0 ? null : matches;
    }

    /// <summary>
    /// The documents with a term of the field that starts with the text: a short prefix is one term of
    /// the field's edges (same documents, no expansion over thousands of terms), a longer one a prefix query.
    /// </summary>
    internal static Query StartsWith(string field, string text) =>
        text.EnumerateRunes().Count() <= IndexFields.EdgeLength
            ? new TermQuery(new Term(IndexFields.Edges(field), text))
            : new PrefixQuery(new Term(field, text));

    /// <summary>Up to four characters are one indexed gram; longer text needs all its 4-grams (checked exactly afterwards).</summary>
    internal static Query Grams(string field, string text)
    {
        var runes = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        if (runes.Count <= NameGramAnalyzer.MaxGram) return new TermQuery(new Term(field, text));
        var all = new BooleanQuery();
        for (var i = 0; i + NameGramAnalyzer.MaxGram <= runes.Count; i++)
            all.Add(new TermQuery(new Term(field, string.Concat(runes.Skip(i).Take(NameGramAnalyzer.MaxGram)))), Occur.MUST);
        return all;
    }

    private static void AddFilter(BooleanQuery query, SearchFilter filter)
    {
        if (filter.DivisionCode is { } text)
        {
            if (!DivisionCode.TryParse(text, out var code))
                throw new InvalidSearchException(DivisionCode.Explain(text), "filter.divisionCode");
            Must(query, new PrefixQuery(new Term(IndexFields.Division, code.Short)));
        }
        AnyOf(query, IndexFields.Category, filter.Categories);
        AnyOf(query, IndexFields.Status, filter.Statuses?.Select(s => s.ToLowerInvariant()).ToList());
        AnyOf(query, IndexFields.Provenance, filter.Provenance?.Select(s => s.ToLowerInvariant()).ToList());
        AnyOf(query, IndexFields.Kind, filter.Kinds?.Select(s => s.ToLowerInvariant()).ToList());
    }

    private static void AnyOf(BooleanQuery query, string field, IReadOnlyList<string>? values)
    {
        if (values is null || values.Count == 0) return;
        var any = new BooleanQuery();
        foreach (var value in values.Distinct())
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        Must(query, any);
    }

    /// <summary>A filter clause that restricts without scoring.</summary>
    private static void Must(BooleanQuery query, Query clause) =>
        query.Add(new ConstantScoreQuery(clause) { Boost = 0 }, Occur.MUST);

    private static void Should(BooleanQuery query, Query clause, float boost) =>
        query.Add(new ConstantScoreQuery(clause) { Boost = boost }, Occur.SHOULD);
}
