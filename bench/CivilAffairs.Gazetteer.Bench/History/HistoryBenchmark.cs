using System.Diagnostics;
using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Bench.FullData;
using CivilAffairs.Gazetteer.Bench.Http;
using CivilAffairs.Gazetteer.Bench.Search;
using CivilAffairs.Gazetteer.Chinese;
using CivilAffairs.Gazetteer.Search;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.History;

/// <summary>
/// Historians' queries in process over the imported registry: full text over the historical names'
/// evolution (沿革), meaning and origin texts, names and Wade-Giles in the Lucene index, and the
/// year-range query of historicalNames in PostGIS; each beside a baseline of the same run.
/// </summary>
internal sealed class HistoryBenchmark : IBenchmark
{
    private const int Queries = 2000;

    // The historicalNames year filter and first page, as HistoricalNameQueries writes them.
    private const string YearRangeSql =
        """
        SELECT id, name, begin_year, end_year FROM historical_name
        WHERE begin_year IS NOT NULL AND begin_year <= $2 AND (end_year IS NULL OR end_year >= $1)
        ORDER BY id LIMIT 21
        """;

    private const string YearRangeCountSql =
        "SELECT count(*) FROM historical_name WHERE begin_year IS NOT NULL AND begin_year <= $2 AND (end_year IS NULL OR end_year >= $1)";

    public string Name => "history";

    public string Description => "historian full text over 3,500 evolution texts and the year-range query, p50/p99 in process";

    public async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await using var dataSource = await FullDataDatabase.EnsureAsync(cancellationToken);
        var texts = await TextsAsync(dataSource, cancellationToken);
        using var index = await SharedIndex.OpenAsync(context, dataSource, cancellationToken);

        var random = new Random(20231);
        var historian = new HistorianSearch(index);
        var places = new PlaceSearch(index);
        var fullTexts = Enumerable.Range(0, Queries).Select(_ => FullText(texts[random.Next(texts.Count)], random)).ToList();
        var names = Enumerable.Range(0, Queries).Select(_ => texts[random.Next(texts.Count)].Name).ToList();
        var ranges = Enumerable.Range(0, Queries).Select(_ => Range(random)).ToList();

        // The first historian query reads each segment's historical names once (kept until the segment goes).
        var firstQuery = Stopwatch.StartNew();
        historian.Page(fullTexts[0], 20, null);
        var firstQueryMs = firstQuery.Elapsed.TotalMilliseconds;
        var baselineSearch = InProcessTimings.Measure(names, n => places.Search(n, first: 20).Edges.Count, out _);
        // The text alone, as historicalNames(filter: { text }) asks it: the first page of 20 and totalCount.
        var fullText = InProcessTimings.Measure(fullTexts, t => historian.Page(t, 20, null).TotalCount, out var fullTextFound);
        // The same queries again, each with its processor time, allocations and collections beside its wall time.
        var tail = QueryTail.Measure(fullTexts, t => historian.Page(t, 20, null).TotalCount);
        var fullTextCpu = tail.Cpu;
        // The text beside other filters: every matched id, for PostgreSQL to filter.
        var everyMatch = InProcessTimings.Measure(fullTexts, t => historian.Match(t).Count, out _);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var baselineSql = await MeasureAsync(ranges, async _ => { await using var c = new NpgsqlCommand("SELECT 1", connection); await c.ExecuteScalarAsync(cancellationToken); return 1; });
        var yearRange = await MeasureAsync(ranges, async r => await YearRangeAsync(connection, r, cancellationToken));

        var load = MachineLoad.Now();
        var report = new StringBuilder();
        report.AppendLine("# history — historian full text and year-range queries");
        report.AppendLine();
        report.AppendLine($"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, Release build, in process, {Environment.ProcessorCount} cores shared with other work " +
            $"(load average {load} at the end of the run: p99 includes waiting for a core).");
        report.AppendLine();
        report.AppendLine($"**Data measured:** the imported registry with the full-scale sample: {texts.Count:N0} historical names (their meaning, origin and " +
            $"evolution texts in the Lucene index of all {index.Count:N0} documents), the real divisions and admin changes.");
        report.AppendLine();
        report.AppendLine("| measure | p50 | p99 | ratio p99 to baseline p99 |");
        report.AppendLine("| --- | --- | --- | --- |");
        report.AppendLine($"| baseline: place search for a historical name (PlaceSearch, first 20) | {InProcessTimings.Percentile(baselineSearch, 50):F3} ms | {InProcessTimings.Percentile(baselineSearch, 99):F3} ms | 1.00 |");
        report.AppendLine($"| historian full text (HistorianSearch.Page, the path of historicalNames(filter: {{ text }}): 2-4 characters of an evolution text, a name, its Wade-Giles or traditional form; first page of 20 and totalCount) | " +
            $"{InProcessTimings.Percentile(fullText, 50):F3} ms | {InProcessTimings.Percentile(fullText, 99):F3} ms | {InProcessTimings.Percentile(fullText, 99) / InProcessTimings.Percentile(baselineSearch, 99):F2} |");
        if (fullTextCpu.Count > 0)
            report.AppendLine($"| the same, processor time of the query's thread (what the work cost, without waiting for a core; a second pass, its wall p99 {InProcessTimings.Percentile(tail.Wall, 99):F3} ms) | " +
                $"{InProcessTimings.Percentile(fullTextCpu, 50):F3} ms | {InProcessTimings.Percentile(fullTextCpu, 99):F3} ms | |");
        report.AppendLine($"| the same, bytes allocated on the query's thread | {InProcessTimings.Percentile(tail.Allocated, 50) / 1024:F1} KB | {InProcessTimings.Percentile(tail.Allocated, 99) / 1024:F1} KB | |");
        report.AppendLine($"| historian full text, every matched id (HistorianSearch.Match, the path of text combined with other filters) | " +
            $"{InProcessTimings.Percentile(everyMatch, 50):F3} ms | {InProcessTimings.Percentile(everyMatch, 99):F3} ms | {InProcessTimings.Percentile(everyMatch, 99) / InProcessTimings.Percentile(baselineSearch, 99):F2} |");
        report.AppendLine($"| baseline: `SELECT 1` round trip | {InProcessTimings.Percentile(baselineSql, 50):F3} ms | {InProcessTimings.Percentile(baselineSql, 99):F3} ms | 1.00 |");
        report.AppendLine($"| year range (fromYear..toYear, widths 0-300 years from 300 BCE to 1950: first page of 20 and totalCount) | " +
            $"{InProcessTimings.Percentile(yearRange, 50):F3} ms | {InProcessTimings.Percentile(yearRange, 99):F3} ms | {InProcessTimings.Percentile(yearRange, 99) / InProcessTimings.Percentile(baselineSql, 99):F2} |");
        report.AppendLine();
        report.AppendLine($"The first historian query after the index opened took {firstQueryMs:F1} ms, its code compiled on the way: it reads each index segment's historical names, ids and summaries once, kept until the segment is merged away.");
        report.AppendLine();
        report.AppendLine($"Full-text queries with at least one match: {fullTextFound} of {Queries}. The index is the benchmarks' shared one, opened by a process that only reads it, as the API's once it serves (its build time: bench/results/search.md).");
        report.AppendLine();
        tail.Report(report);
        report.AppendLine();
        report.AppendLine("Target: p99 under 10 ms in process for both.");
        report.AppendLine();
        report.AppendLine("Run: `GAZETTEER_DB_PORT=<port> dotnet run -c Release --project bench/CivilAffairs.Gazetteer.Bench -- history` (after `gazetteer import`).");
        return report.ToString();
    }

    private static async Task<int> YearRangeAsync(NpgsqlConnection connection, (int From, int To) range, CancellationToken cancellationToken)
    {
        var rows = 0;
        await using (var page = new NpgsqlCommand(YearRangeSql, connection))
        {
            page.Parameters.AddWithValue(range.From);
            page.Parameters.AddWithValue(range.To);
            await using var reader = await page.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) rows++;
        }
        await using var count = new NpgsqlCommand(YearRangeCountSql, connection);
        count.Parameters.AddWithValue(range.From);
        count.Parameters.AddWithValue(range.To);
        await count.ExecuteScalarAsync(cancellationToken);
        return rows;
    }

    private static (int From, int To) Range(Random random)
    {
        var from = random.Next(-300, 1951);
        if (from == 0) from = 1;
        return (from, from + random.Next(0, 301));
    }

    /// <summary>A 2-4 character piece of the evolution text, the name, its traditional form or its Wade-Giles spelling.</summary>
    private static string FullText((string Name, string Evolution) record, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                return record.Name;
            case 1:
                return ChineseScript.ToTraditional(record.Name);
            case 2 when PlaceNameRomanizer.Shared.Romanize(record.Name).WadeGiles is { Length: > 0 } wadeGiles:
                return wadeGiles;
            default:
                var hanzi = new string(record.Evolution.Where(c => c >= '\u4e00' && c <= '\u9fff').ToArray());
                var length = random.Next(2, 5);
                if (hanzi.Length <= length) return record.Name;
                return hanzi.Substring(random.Next(hanzi.Length - length), length);
        }
    }

    private static async Task<List<(string Name, string Evolution)>> TextsAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT name, evolution FROM historical_name WHERE evolution IS NOT NULL ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var texts = new List<(string, string)>();
        while (await reader.ReadAsync(cancellationToken)) texts.Add((reader.GetString(0), reader.GetString(1)));
        if (texts.Count == 0)
            throw new InvalidOperationException("The database holds no historical names with evolution texts: run `gazetteer import` (it generates the sample) first.");
        return texts;
    }

    private static async Task<List<double>> MeasureAsync<T>(IReadOnlyList<T> inputs, Func<T, Task<int>> run)
    {
        foreach (var input in inputs.Take(200)) await run(input);
        var times = new List<double>(inputs.Count);
        foreach (var input in inputs)
        {
            var watch = Stopwatch.StartNew();
            await run(input);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return times;
    }
}
