using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Historians' full text over the historical names: every name form the place search knows (hanzi
/// substrings, traditional characters, pinyin, Wade-Giles such as Hung-t'ung, and the former names
/// in the name's lineage) plus the meaning, origin and evolution (沿革) texts, cut into the same
/// 1-4 character n-grams. Answers the matching ids, names first; the caller filters and pages them.
/// </summary>
public sealed class HistorianSearch(PlaceIndex index)
{
    /// <summary>More than the registry's protected names, so a text query never cuts the list short.</summary>
    public const int MaxMatches = 10_000;

    internal const string StoryField = "story";
    internal const string StoryGramsField = "story_ng";

    /// <summary>The names a historical name replaced in its lineage (renamed, merged, split from).</summary>
    internal const string FormerNamesSql =
        """
        coalesce((SELECT array_agg(DISTINCT b.name) FROM name_event_link a JOIN name_event_link b ON b.event_id = a.event_id AND b.role = 'from'
                  WHERE a.historical_name_id = h.id AND a.role = 'to' AND b.name <> h.name), '{}')
        """;

    internal const string StorySql = "concat_ws(' ', h.meaning, h.origin, h.evolution)";

    /// <exception cref="InvalidSearchException">Empty or overlong text.</exception>
    public IReadOnlyList<long> Match(string text)
    {
        var query = SearchQuery.Read(text, "filter.text");
        var kind = new SearchFilter(Kinds: ["historical_name"]);
        var names = LuceneQueries.Candidates(query, kind, prefixOnly: false);
        var story = StoryQuery(query);
        return index.WithSearcher(searcher =>
        {
            var ids = new List<long>();
            var seen = new HashSet<long>();
            if (names is not null)
            {
                var top = searcher.Search(names, MaxMatches);
                foreach (var hit in PlaceSearch.RankAll(searcher, top, query, null, MatchQuality.Substring))
                    if (seen.Add(hit.Id)) ids.Add(hit.Id);
            }
            if (story is not null)
            {
                // Text of up to 4 characters matches its grams exactly; longer text is matched by its 4-grams
                // in any order and is checked against the stored story. Ids come from the summaries.
                var check = query.Text.Name.EnumerateRunes().Count() > NameGramAnalyzer.MaxGram;
                var summaries = new PlaceSummaries(searcher.IndexReader);
                var top = searcher.Search(story, MaxMatches);
                foreach (var scoreDoc in top.ScoreDocs)
                {
                    if (check && !TellsOf(searcher.Doc(scoreDoc.Doc, StoryOnly).Get(StoryField) ?? "", query))
                        continue;
                    var id = summaries.Id(scoreDoc.Doc);
                    if (seen.Add(id)) ids.Add(id);
                }
            }
            return ids;
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
