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
    /// The ids of every historical name the text finds, ascending: for the text combined with other
    /// filters, which PostgreSQL applies to these ids. Text alone pages with <see cref="Page"/>.
    /// </summary>
    /// <exception cref="InvalidSearchException">Empty or overlong text.</exception>
    public IReadOnlyList<long> Match(string text)
    {
        var typed = HistorianText.Read(text);
        return index.WithSearcher(searcher =>
        {
            var leaves = Matched(searcher, typed);
            var ids = new long[leaves.Sum(l => l.Matched.Cardinality)];
            var count = 0;
            foreach (var (historical, matched) in leaves)
                for (var at = NextMatch(matched, 0); at >= 0; at = NextMatch(matched, at + 1))
                    ids[count++] = historical.Ids[at];
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
            var keep = first + 1;
            // The largest kept id on top, so a smaller one replaces it.
            var smallest = new PriorityQueue<long, long>(keep);
            var total = 0;
            var hasPrevious = false;
            foreach (var (historical, matched) in Matched(searcher, typed))
            {
                for (var at = NextMatch(matched, 0); at >= 0; at = NextMatch(matched, at + 1))
                {
                    total++;
                    var id = historical.Ids[at];
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
            }
            var ids = new long[smallest.Count];
            for (var i = ids.Length - 1; i >= 0; i--)
                ids[i] = smallest.Dequeue();
            return new HistorianPage(ids, total, hasPrevious);
        });
    }

    /// <summary>
    /// The historical names the text finds, each once, per index segment that holds any. Short common text
    /// finds thousands: they are marked unscored and unranked, and only those the index cannot vouch for (long
    /// text matched by its grams in any order, Latin and traditional readings) are checked against the name forms.
    /// </summary>
    private static List<(HistoricalLeaf Historical, FixedBitSet Matched)> Matched(IndexSearcher searcher, HistorianText typed)
    {
        var found = new List<(HistoricalLeaf, FixedBitSet)>(1);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var historical = HistoricalLeaf.Of(leaf);
            if (historical.Count == 0) continue;
            using var matches = new HistoricalMatches(searcher, leaf, historical);
            var matched = typed.Names is { } names ? matches.Of(names) : new FixedBitSet(historical.Count);
            // Up to four hanzi typed as they are indexed match a gram, a prefix or a whole name only where
            // the name holds them: the index's answer is already exact.
            if (!typed.ExactInIndex)
            {
                for (var at = NextMatch(matched, 0); at >= 0; at = NextMatch(matched, at + 1))
                    if (Ranking.Rank(historical.Places[at], typed.Query, null, MatchQuality.Substring) is null)
                        matched.Clear(at);
            }
            if (typed.Story is { } story)
            {
                // Text of up to 4 characters matches its grams exactly; longer text is matched by its 4-grams
                // in any order and is checked against the stored story.
                var told = matches.Of(story);
                told.AndNot(matched);
                for (var at = NextMatch(told, 0); at >= 0; at = NextMatch(told, at + 1))
                {
                    if (typed.LongText && !TellsOf(leaf.AtomicReader.Document(historical.Docs[at], StoryOnly).Get(StoryField) ?? "", typed.Query))
                        continue;
                    matched.Set(at);
                }
            }
            found.Add((historical, matched));
        }
        return found;
    }

    private static int NextMatch(FixedBitSet matched, int from) => from < matched.Length ? matched.NextSetBit(from) : -1;

    /// <summary>The text read once: its name query and story query (the segments' historical names are the only documents asked).</summary>
    private sealed record HistorianText(SearchQuery Query, Query? Names, Query? Story, bool ExactInIndex, bool LongText)
    {
        public static HistorianText Read(string text)
        {
            var query = SearchQuery.Read(text, "filter.text");
            var runes = query.Text.Name.EnumerateRunes().Count();
            return new HistorianText(
                query,
                LuceneQueries.NameMatches(query, prefixOnly: false),
                StoryQuery(query),
                query.Text.Latin.Length == 0 && query.Simplified.Length == 0 && runes <= NameGramAnalyzer.MaxGram,
                runes > NameGramAnalyzer.MaxGram);
        }
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
