using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// Finds every name of the hierarchy in an address (one trie pass), then scores each unit named by
/// the longest consistent chain of non-overlapping mentions of its ancestors. Levels may be dropped
/// or out of order; text between and around the names is ignored.
/// </summary>
internal static class AddressParser
{
    private static readonly double[] LevelWeights = [0, 1.0, 2.0, 3.0, 3.0, 3.0];
    private const int MaxOptionsPerLevel = 3;

    public static IReadOnlyList<Mention> FindMentions(AdministrativeHierarchy hierarchy, string text, DateOnly asOf)
    {
        var mentions = new List<Mention>();
        for (var start = 0; start < text.Length; start++)
            foreach (var (length, entries) in hierarchy.Names.MatchesAt(text, start))
                foreach (var entry in entries)
                {
                    var weight = FormWeight(entry) * (length >= 3 ? 1.0 : 0.85);
                    if (entry.Division.IsValidAt(asOf))
                        mentions.Add(new Mention(start, length, entry, entry.Division, [], weight));
                    else
                        foreach (var (unit, via) in hierarchy.Successors(entry.Division, asOf))
                            mentions.Add(new Mention(start, length, entry with { Form = NameForm.Former }, unit, via, weight));
                }
        return mentions;
    }

    private static double FormWeight(NameEntry entry) => entry.Form switch
    {
        NameForm.Short when entry.Division.Level == DivisionLevel.Village => 0.6,
        NameForm.Short => 0.8,
        _ => 1.0,
    };

    /// <summary>Every unit the mentions can mean, best first.</summary>
    public static List<Candidate> Candidates(IReadOnlyList<Mention> mentions)
    {
        var byUnitCode = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (!byUnitCode.TryGetValue(m.Unit.Code, out var list))
                byUnitCode[m.Unit.Code] = list = [];
            list.Add(m);
        }
        // Sorted once: every candidate below a county looks the county's mentions up again.
        foreach (var list in byUnitCode.Values)
            if (list.Count > 1)
                list.Sort((a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : b.Length.CompareTo(a.Length));

        var best = new Dictionary<long, Candidate>();
        foreach (var own in mentions)
        {
            if (best.TryGetValue(own.Unit.Id, out var known) && known.Support[0].Weight >= own.Weight && known.Support[0].Length >= own.Length)
                continue;
            var candidate = Score(own, byUnitCode);
            if (!IsTooWeakAlone(candidate) && (known is null || known.Score < candidate.Score || (known.Score == candidate.Score && known.Coverage < candidate.Coverage)))
                best[own.Unit.Id] = candidate;
        }
        return best.Values
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Coverage)
            .ThenByDescending(c => c.Unit.Level)
            .ThenBy(c => c.Unit.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A lone two-character village short form (东关 for 东关村) is too weak to answer on its own: it is as likely a word or a person's name.</summary>
    private static bool IsTooWeakAlone(Candidate candidate) =>
        candidate.Support is [{ Entry.Form: NameForm.Short, Length: <= 2, Unit.Level: DivisionLevel.Village }];

    private static Candidate Score(Mention own, Dictionary<string, List<Mention>> byUnitCode)
    {
        var unit = own.Unit;
        var possible = LevelWeights[(int)unit.Level];
        var options = new List<(double LevelWeight, List<Mention> Named)>(4);
        var support = new List<Mention>(5) { own };
        var greedyWorks = true;
        var ancestors = 0.0;
        for (var level = unit.Level - 1; level >= DivisionLevel.Province; level--)
        {
            possible += LevelWeights[(int)level];
            var ancestorCode = unit.Code[..DivisionCode.LengthOf(level)].PadRight(12, '0');
            if (!byUnitCode.TryGetValue(ancestorCode, out var named))
                continue;
            var usable = new List<Mention>(Math.Min(named.Count, MaxOptionsPerLevel));
            foreach (var m in named)
                if (!m.Overlaps(own) && usable.Count < MaxOptionsPerLevel)
                    usable.Add(m);
            if (usable.Count == 0)
                continue;
            options.Add((LevelWeights[(int)level], usable));
            // The common case: the best mention of every level overlaps none of the others, so it is the optimum.
            if (greedyWorks && support.All(s => !s.Overlaps(usable[0])))
            {
                support.Add(usable[0]);
                ancestors += usable[0].Weight * LevelWeights[(int)level];
            }
            else
                greedyWorks = false;
        }
        if (!greedyWorks)
        {
            support = [own];
            (ancestors, var chosen) = BestSupport(options, 0, support);
            support.AddRange(chosen);
        }
        var score = own.Weight * LevelWeights[(int)unit.Level] + ancestors;
        var coverage = 0;
        foreach (var m in support)
            coverage += m.Length;
        return new Candidate(unit, support, score, score / possible, coverage);
    }

    /// <summary>
    /// The heaviest set of non-overlapping ancestor mentions, one per level at most. Exhaustive: an
    /// address names at most four ancestors, and picking greedily goes wrong when a short form
    /// overlaps a full one (柳林 the township inside 柳林县 the county).
    /// </summary>
    private static (double Score, List<Mention> Chosen) BestSupport(List<(double LevelWeight, List<Mention> Named)> options, int index, List<Mention> taken)
    {
        if (index == options.Count)
            return (0, []);
        var best = BestSupport(options, index + 1, taken);
        var bestLength = best.Chosen.Sum(m => m.Length);
        foreach (var m in options[index].Named)
        {
            if (taken.Any(t => t.Overlaps(m)))
                continue;
            taken.Add(m);
            var rest = BestSupport(options, index + 1, taken);
            taken.RemoveAt(taken.Count - 1);
            var score = rest.Score + m.Weight * options[index].LevelWeight;
            var length = rest.Chosen.Sum(x => x.Length) + m.Length;
            if (score > best.Score + 1e-9 || (Math.Abs(score - best.Score) <= 1e-9 && length > bestLength))
            {
                best = (score, [m, .. rest.Chosen]);
                bestLength = length;
            }
        }
        return best;
    }
}
