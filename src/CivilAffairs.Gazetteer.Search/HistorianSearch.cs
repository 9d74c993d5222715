using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Historians' full text over the historical names: every name form the place search knows (hanzi
/// substrings, traditional characters, pinyin, Wade-Giles such as Hung-t'ung, and the former names
/// in the name's lineage) plus the meaning, origin and evolution (沿革) texts, cut into the same
/// 1-4 character n-grams. Answers the matching ids in ascending order; the caller filters and pages them.
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
    /// The ids of every historical name the text finds, ascending (the order the caller pages in).
    /// Short common text finds thousands: the matches are gathered unscored and unranked, and only
    /// those the index cannot vouch for (long text matched by its grams in any order, Latin and
    /// traditional readings) are checked against the name forms.
    /// </summary>
    /// <exception cref="InvalidSearchException">Empty or overlong text.</exception>
    public IReadOnlyList<long> Match(string text)
    {
        var query = SearchQuery.Read(text, "filter.text");
        var kind = new SearchFilter(Kinds: ["historical_name"]);
        var names = LuceneQueries.Candidates(query, kind, prefixOnly: false);
        var story = StoryQuery(query);
        // Up to four hanzi typed as they are indexed match a gram, a prefix or a whole name only where
        // the name holds them: the index's answer is already exact.
        var exactInIndex = query.Text.Latin.Length == 0 && query.Simplified.Length == 0
            && query.Text.Name.EnumerateRunes().Count() <= NameGramAnalyzer.MaxGram;
        var longText = query.Text.Name.EnumerateRunes().Count() > NameGramAnalyzer.MaxGram;
        return index.WithSearcher(searcher =>
        {
            var ids = new HashSet<long>();
            var summaries = new PlaceSummaries(searcher.IndexReader);
            if (names is not null)
            {
                foreach (var doc in MatchingDocs.Of(searcher, names))
                {
                    if (exactInIndex)
                        ids.Add(summaries.Id(doc));
                    else if (Ranking.Rank(summaries.Place(doc), query, null, MatchQuality.Substring) is { } hit)
                        ids.Add(hit.Id);
                }
            }
            if (story is not null)
            {
                // Text of up to 4 characters matches its grams exactly; longer text is matched by its 4-grams
                // in any order and is checked against the stored story. Ids come from the summaries.
                foreach (var doc in MatchingDocs.Of(searcher, story))
                {
                    if (longText && !TellsOf(searcher.Doc(doc, StoryOnly).Get(StoryField) ?? "", query))
                        continue;
                    ids.Add(summaries.Id(doc));
                }
            }
            var sorted = ids.ToArray();
            Array.Sort(sorted);
            return (IReadOnlyList<long>)sorted;
        });
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
        return new BooleanQuery
        {
            { any, Occur.MUST },
            { new TermQuery(new Term(IndexFields.Kind, "historical_name")), Occur.MUST },
        };
    }
}
