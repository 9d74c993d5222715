using Lucene.Net.Index;
using Lucene.Net.Search;
using Npgsql;

namespace CivilAffairs.Gazetteer.Search.Tests;

/// <summary>
/// Historians' full text over names written after the index was built: they land in segments of their own
/// beside the first build's, and an edited name leaves a deleted document behind in the segment it was in.
/// </summary>
public sealed class HistorianSearchTests(IndexedGazetteer gazetteer) : IClassFixture<IndexedGazetteer>
{
    private HistorianSearch Historian => new(gazetteer.Index);

    [Fact]
    public async Task ManyNamesOfOneEvolutionTextPageInIdOrderWithTheirTotal()
    {
        var written = new List<long>();
        for (var i = 0; i < 25; i++)
            written.Add(await WriteAsync($"测沿郡{i}", "北魏置甲乙县，隋改名"));
        await FollowAsync();

        var pages = new List<long>();
        long? after = null;
        var hasPrevious = new List<bool>();
        for (var page = 0; page < 3; page++)
        {
            var answer = Historian.Page("甲乙县", 10, after);
            Assert.Equal(25, answer.TotalCount);
            hasPrevious.Add(answer.HasPrevious);
            var ids = answer.Ids.Take(10).ToList();
            pages.AddRange(ids);
            after = ids[^1];
            if (answer.Ids.Count <= 10) break;
        }

        Assert.Equal(written.Order(), pages);
        Assert.Equal([false, true, true], hasPrevious);
        Assert.Equal(written.Order(), Historian.Match("甲乙县"));
    }

    [Fact]
    public async Task ANameFoundInTheFirstBuildAndOneWrittenLaterAreFoundTogether()
    {
        var later = await WriteAsync("平阳府", "元改平阳路为晋宁路", "Píngyáng Fǔ", "pingyangfu");
        await FollowAsync();

        var matched = Historian.Match("平阳");

        Assert.Equal(2, matched.Count);
        Assert.Contains(later, matched);
        Assert.Equal(matched, Historian.Page("平阳", 20, null).Ids);
        // Wade-Giles and the traditional form are checked against the names, not only the index's grams.
        Assert.Contains(later, Historian.Match("P'ing-yang"));
        Assert.Contains(later, Historian.Match("平陽府"));
    }

    [Fact]
    public async Task AnEditedEvolutionTextIsFoundByItsNewWordsOnlyAndOnce()
    {
        // Indexed together, so the edit leaves a deleted document in a segment that lives on.
        var id = await WriteAsync("测改州", "唐置丙丁州", "Cègǎi Zhōu", "cegaizhou");
        var unchanged = await WriteAsync("测留州", "唐置丙丁州");
        await FollowAsync();
        Assert.Equal([id, unchanged], Historian.Match("丙丁州"));

        await using (var connection = await gazetteer.Database.DataSource.OpenConnectionAsync())
        await using (var command = new NpgsqlCommand(
            """
            WITH h AS (UPDATE historical_name SET evolution = '宋改戊己州，戊己州庚' WHERE id = $1 RETURNING id)
            INSERT INTO change_log (entity, entity_id, op, actor) SELECT 'historical_name', id::text, 'update', 'test' FROM h
            """, connection))
        {
            command.Parameters.AddWithValue(id);
            await command.ExecuteNonQueryAsync();
        }
        await FollowAsync();

        Assert.Equal([unchanged], Historian.Match("丙丁州"));
        Assert.Equal(1, Historian.Page("丙丁州", 20, null).TotalCount);
        var renamed = Historian.Page("戊己州", 20, null);
        Assert.Equal([id], renamed.Ids);
        Assert.Equal(1, renamed.TotalCount);
        // Longer text is checked against the stored story: both 4-grams of 改戊己州庚 are in it, the text is not.
        Assert.Equal([id], Historian.Match("宋改戊己州"));
        Assert.Empty(Historian.Match("改戊己州庚"));
        // Fields no query of this segment asked for before the edit (pinyin, initials) are read through the reader of now.
        Assert.Equal([id], Historian.Match("Ts'e-kai"));
    }

    [Fact]
    public async Task QueriesRunningAtOnceAnswerAsTheyDoOneAtATime()
    {
        for (var i = 0; i < 12; i++)
            await WriteAsync($"并测{i}", $"汉置并州测{i}，后废", "Bìngcè", "bingce");
        await FollowAsync();
        string[] texts = ["并州测", "汉置并", "并测1", "平阳", "P'ing-yang", "Ping-ts'e", "後废", "并州测1后废"];
        var expected = texts.Select(t => (Match: Historian.Match(t), Page: Historian.Page(t, 5, null))).ToList();
        Assert.Equal(12, expected[0].Match.Count);

        var answers = new (IReadOnlyList<long> Match, HistorianPage Page)[400];
        Parallel.For(0, answers.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => answers[i] = (Historian.Match(texts[i % texts.Length]), Historian.Page(texts[i % texts.Length], 5, null)));

        for (var i = 0; i < answers.Length; i++)
        {
            var (match, page) = expected[i % texts.Length];
            Assert.Equal(match, answers[i].Match);
            Assert.Equal(page.Ids, answers[i].Page.Ids);
            Assert.Equal(page.TotalCount, answers[i].Page.TotalCount);
        }
    }

    [Fact]
    public async Task TheHistoricalNamesAQueryMatchesAreThoseLuceneFindsAmongThem()
    {
        await WriteAsync("晋阳关", "明置晋阳关，属太原府", "Jìnyáng Guān", "jinyangguan");
        await WriteAsync("阳城", "战国韩置阳城", "Yángchéng", "yangcheng");
        await FollowAsync();
        static TermQuery Term(string field, string text) => new(new Term(field, text));
        Query[] queries =
        [
            Term(IndexFields.NameGrams, "晋阳"),
            new PrefixQuery(new Term(IndexFields.Pinyin, "jin")),
            new ConstantScoreQuery(Term(IndexFields.Pinyin, "yangcheng")),
            new BooleanQuery { { Term(IndexFields.NameGrams, "晋"), Occur.MUST }, { Term(IndexFields.NameGrams, "关"), Occur.MUST } },
            new BooleanQuery { { Term(IndexFields.NameGrams, "阳"), Occur.SHOULD }, { Term(HistorianSearch.StoryGramsField, "韩置"), Occur.SHOULD },
                               { Term(IndexFields.NameGrams, "郡"), Occur.MUST_NOT } },
            // Not a term, prefix or boolean query: Lucene answers it on the segment.
            new WildcardQuery(new Term(IndexFields.Pinyin, "*yang*")),
        ];

        foreach (var query in queries)
        {
            var (walked, lucene) = gazetteer.Index.WithSearcher(searcher =>
            {
                var walked = new List<long>();
                foreach (var leaf in searcher.IndexReader.Leaves)
                {
                    var historical = HistoricalLeaf.Of(leaf);
                    if (historical.Count == 0) continue;
                    using var matches = new HistoricalMatches(searcher, leaf, historical);
                    var matched = matches.Of(query);
                    for (var at = 0; at < historical.Count; at++)
                        if (matched.Get(at)) walked.Add(historical.Ids[at]);
                }
                var summaries = new PlaceSummaries(searcher.IndexReader);
                var historicalOnly = new BooleanQuery { { query, Occur.MUST }, { Term(IndexFields.Kind, "historical_name"), Occur.MUST } };
                return (walked.Order().ToList(), MatchingDocs.Of(searcher, historicalOnly).Select(summaries.Id).Order().ToList());
            });
            Assert.NotEmpty(lucene);
            Assert.Equal(lucene, walked);
        }
    }

    private async Task<long> WriteAsync(string name, string evolution, string? romanized = null, string? pinyinKey = null)
    {
        await using var connection = await gazetteer.Database.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            WITH h AS (
                INSERT INTO historical_name (name, romanized, pinyin_key, begin_year, end_year, status, evolution, division_code, provenance)
                VALUES ($1, $3, $4, 600, 900, 'renamed', $2, '141000000000', 'sample')
                RETURNING id),
            log AS (INSERT INTO change_log (entity, entity_id, op, actor) SELECT 'historical_name', id::text, 'insert', 'test' FROM h)
            SELECT id FROM h
            """, connection);
        command.Parameters.AddWithValue(name);
        command.Parameters.AddWithValue(evolution);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)romanized ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)pinyinKey ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task FollowAsync()
    {
        while (await gazetteer.Index.FollowAsync(CancellationToken.None) > 0) { }
    }
}
