using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Historians' full text over the historical names: every name form the place search knows (hanzi
/// substrings, traditional characters, pinyin, Wade-Giles such as Hung-t'ung, and the former names
/// in the name's lineage) plus the meaning, origin and evolution (沿革) texts, cut into the same
/// 1-4 character n-grams. Answers a page of the matching ids in ascending order with the number matched,
/// or every matching id for the caller to filter further.
/// </summary>
public sealed class HistorianSearch(PlaceIndex index)
{
    internal const string StoryField = "story";
    internal const string StoryGramsField = "story_ng";

    /// <summary>The names a historical name replaced in its lineage (renamed, merged, split from).</summary>
    internal const string FormerNamesSql =
        """
        coalesce((SELECT array_agg(DISTINCT b.name) FROM name_event_link a JOIN name_event_link b ON b.event_id = a.event_id AND b.role = 'from'
                  WHERE a.historical_name_id = h.id AND a.role = 'to' AND b.name <> h.name), '{}')
        """;

    internal const string StorySql = "concat_ws(' ', h.meaning, h.origin, h.evolution)";

    /// <summary>
    /// The historical-name documents, cached per index segment: the queries below lead with these
    /// 3,500 documents and leap to the text's matches, instead of walking every place whose name or
    /// pinyin shares the text and dropping all but the historical ones.
    /// </summary>
    private static readonly Filter HistoricalNames =
        new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Kind, "historical_name"))));

    /// <summary>
    /// The ids of every historical name the text finds, ascending: for the text combined with other
    /// filters, which PostgreSQL applies to these ids. Text alone pages with <see cref="Page"/>.
    /// </summary>
    /// <exception cref="InvalidSearchException">Empty or overlong text.</exception>
    public IReadOnlyList<long> Match(string text)
    {
        var typed = HistorianText.Read(text);
        return index.WithSearcher(searcher =>
        {
            var matched = Matched(searcher, typed);
            var summaries = new PlaceSummaries(searcher.IndexReader);
            var ids = new long[matched.Cardinality];
            var count = 0;
            for (var doc = NextMatch(matched, 0); doc >= 0; doc = NextMatch(matched, doc + 1))
                ids[count++] = summaries.Id(doc);
            Array.Sort(ids);
            return (IReadOnlyList<long>)ids;
        });
    }

    /// <summary>
    /// The first <paramref name="first"/> names the text finds after the id <paramref name="after"/> (plus
    /// one, to tell whether a next page exists), with the number matched in all. Only the page's ids leave
    /// the index: the matches are counted where they are found and the smallest ids kept in a bounded heap.
    /// </summary>
    /// <exception cref="InvalidSearchException">Empty or overlong text.</exception>
    public HistorianPage Page(string text, int first, long? after)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var typed = HistorianText.Read(text);
        return index.WithSearcher(searcher =>
        {
            var matched = Matched(searcher, typed);
            var summaries = new PlaceSummaries(searcher.IndexReader);
            var keep = first + 1;
            // The largest kept id on top, so a smaller one replaces it.
            var smallest = new PriorityQueue<long, long>(keep);
            var total = 0;
            var hasPrevious = false;
            for (var doc = NextMatch(matched, 0); doc >= 0; doc = NextMatch(matched, doc + 1))
            {
                total++;
                var id = summaries.Id(doc);
                if (id <= after)
                {
                    hasPrevious = true;
                    continue;
                }
                if (smallest.Count < keep)
                    smallest.Enqueue(id, -id);
                else if (id < smallest.Peek())
                    smallest.DequeueEnqueue(id, -id);
            }
            var ids = new long[smallest.Count];
            for (var i = ids.Length - 1; i >= 0; i--)
                ids[i] = smallest.Dequeue();
            return new HistorianPage(ids, total, hasPrevious);
        });
    }

    /// <summary>
    /// The documents of the historical names the text finds, each once. Short common text finds thousands:
    /// they are marked unscored and unranked, and only those the index cannot vouch for (long text matched
    /// by its grams in any order, Latin and traditional readings) are checked against the name forms.
    /// </summary>
    private static FixedBitSet Matched(IndexSearcher searcher, HistorianText typed)
    {
        var matched = new FixedBitSet(Math.Max(1, searcher.IndexReader.MaxDoc));
        var summaries = new PlaceSummaries(searcher.IndexReader);
        if (typed.Names is { } names)
        {
            foreach (var doc in MatchingDocs.Of(searcher, names))
            {
                // Up to four hanzi typed as they are indexed match a gram, a prefix or a whole name only where
                // the name holds them: the index's answer is already exact.
                if (typed.ExactInIndex || Ranking.Rank(summaries.Place(doc), typed.Query, null, MatchQuality.Substring) is not null)
                    matched.Set(doc);
            }
        }
        if (typed.Story is { } story)
        {
            // Text of up to 4 characters matches its grams exactly; longer text is matched by its 4-grams
            // in any order and is checked against the stored story.
            foreach (var doc in MatchingDocs.Of(searcher, story))
            {
                if (matched.Get(doc)) continue;
                if (typed.LongText && !TellsOf(searcher.Doc(doc, StoryOnly).Get(StoryField) ?? "", typed.Query))
                    continue;
                matched.Set(doc);
            }
        }
        return matched;
    }

    private static int NextMatch(FixedBitSet matched, int from) => from < matched.Length ? matched.NextSetBit(from) : -1;

    /// <summary>The text read once: its name query and story query, each limited to the historical names.</summary>
    private sealed record HistorianText(SearchQuery Query, Query? Names, Query? Story, bool ExactInIndex, bool LongText)
    {
        public static HistorianText Read(string text)
        {
            var query = SearchQuery.Read(text, "filter.text");
            var runes = query.Text.Name.EnumerateRunes().Count();
            return new HistorianText(
                query,
                LuceneQueries.NameMatches(query, prefixOnly: false) is { } names ? HistoricalOnly(names) : null,
                StoryQuery(query) is { } story ? HistoricalOnly(story) : null,
                query.Text.Latin.Length == 0 && query.Simplified.Length == 0 && runes <= NameGramAnalyzer.MaxGram,
                runes > NameGramAnalyzer.MaxGram);
        }

        private static Query HistoricalOnly(Query query) =>
            new FilteredQuery(query, HistoricalNames, FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
    }

    private static readonly ISet<string> StoryOnly = new HashSet<string> { StoryField };

    private static bool TellsOf(string story, SearchQuery query) =>
        story.Contains(query.Text.Name, StringComparison.Ordinal)
        || (query.Simplified.Length > 0 && story.Contains(query.Simplified, StringComparison.Ordinal));

    internal static void AddStory(Document document, string? story)
    {
        if (string.IsNullOrWhiteSpace(story)) return;
        var normalised = TypedText.Normalise(story);
        document.Add(new StoredField(StoryField, normalised));
        document.Add(new TextField(StoryGramsField, normalised, Field.Store.NO));
    }

    private static Query? StoryQuery(SearchQuery query)
    {
        var forms = new[] { query.Text.Name, query.Simplified }.Where(f => f.Length > 0 && !f.All(char.IsAscii)).Distinct().ToList();
        if (forms.Count == 0) return null;
        var any = new BooleanQuery();
        foreach (var form in forms)
            any.Add(LuceneQueries.Grams(StoryGramsField, form), Occur.SHOULD);
        return any;
    }
}
