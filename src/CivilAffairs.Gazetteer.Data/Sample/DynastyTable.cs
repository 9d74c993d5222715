using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>The dynasty table (migration 010) as the sample reads it, to name the period a year falls in.</summary>
internal sealed class DynastyTable(IReadOnlyList<DynastyTable.Period> periods)
{
    public sealed record Period(string Name, int Start, int? End, int Sequence)
    {
        public bool Contains(int year) => Start <= year && (End is null || year <= End);
    }

    public IReadOnlyList<Period> Periods { get; } = periods;

    /// <summary>
    /// The period of a year: of overlapping periods, the later in the chronology (春秋 within 东周,
    /// 十六国 after 西晋, 北魏 after 东晋: Shanxi lay in the north); 先秦 before the table starts.
    /// </summary>
    public string Of(int year) => Periods.LastOrDefault(p => p.Contains(year))?.Name ?? "先秦";

    public static async Task<DynastyTable> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var periods = new List<Period>();
        await using var command = new NpgsqlCommand("SELECT name, start_year, end_year, sequence FROM dynasty ORDER BY sequence", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            periods.Add(new Period(reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.GetInt32(3)));
        if (periods.Count == 0)
            throw new InvalidOperationException("The dynasty table is empty: run `gazetteer migrate` (migration 010 fills it) before the sample.");
        return new DynastyTable(periods);
    }
}
