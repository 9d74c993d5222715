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
        // By the unit's 12-digit code as a number: an ancestor's key is the unit's code with the lower digits zeroed, no strings cut.
        var byUnitCode = new Dictionary<long, List<Mention>>(mentions.Count);
        foreach (var m in mentions)
        {
            if (!byUnitCode.TryGetValue(m.Unit.CodeNumber, out var list))
                byUnitCode[m.Unit.CodeNumber] = list = new List<Mention>(2);
            list.Add(m);
        }
        // Sorted once: every candidate below a county looks the county's mentions up again.
        foreach (var list in byUnitCode.Values)
            if (list.Count > 1)
                list.Sort(StrongerFirst);

        var best = new Dictionary<long, Candidate>();
        foreach (var own in mentions)
        {
            if (best.TryGetValue(own.Unit.Id, out var known) && known.Support[0].Weight >= own.Weight && known.Support[0].Length >= own.Length)
                continue;
            var candidate = Score(own, byUnitCode);
            if (!IsTooWeakAlone(candidate) && (known is null || known.Score < candidate.Score || (known.Score == candidate.Score && known.Coverage < candidate.Coverage)))
                best[own.Unit.Id] = candidate;
        }
        var candidates = new List<Candidate>(best.Values);
        candidates.Sort(BetterFirst);
        return candidates;
    }

    private static readonly Comparison<Mention> StrongerFirst = (a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : b.Length.CompareTo(a.Length);

    /// <summary>Score, then coverage, then the deeper level, then the code (and the row): a total order, so ties come out the same every time.</summary>
    private static readonly Comparison<Candidate> BetterFirst = (a, b) =>
    {
        var order = b.Score.CompareTo(a.Score);
        if (order == 0) order = b.Coverage.CompareTo(a.Coverage);
        if (order == 0) order = b.Unit.Level.CompareTo(a.Unit.Level);
        if (order == 0) order = string.CompareOrdinal(a.Unit.Code, b.Unit.Code);
        return order != 0 ? order : a.Unit.Id.CompareTo(b.Unit.Id);
    };

    /// <summary>A lone two-character village short form (东关 for 东关村) is too weak to answer on its own: it is as likely a word or a person's name.</summary>
    private static bool IsTooWeakAlone(Candidate candidate) =>
        candidate.Support is [{ Entry.Form: NameForm.Short, Length: <= 2, Unit.Level: DivisionLevel.Village }];

    private static Candidate Score(Mention own, Dictionary<long, List<Mention>> byUnitCode)
    {
        var unit = own.Unit;
        var possible = LevelWeights[(int)unit.Level];
        var support = new List<Mention>(5) { own };
        var greedyWorks = true;
        var ancestors = 0.0;
        for (var level = unit.Level - 1; level >= DivisionLevel.Province; level--)
        {
            possible += LevelWeights[(int)level];
            if (!byUnitCode.TryGetValue(unit.AncestorNumber(level), out var named) || FirstApart(named, own) is not { } first)
                continue;
            // The common case: the best mention of every level overlaps none of the others, so it is the optimum.
            if (greedyWorks && !OverlapsAny(support, first))
            {
                support.Add(first);
                ancestors += first.Weight * LevelWeights[(int)level];
            }
            else
                greedyWorks = false;
        }
        if (!greedyWorks)
        {
            support = [own];
            (ancestors, var chosen) = BestSupport(Options(unit, own, byUnitCode), 0, support);
            support.AddRange(chosen);
        }
        var score = own.Weight * LevelWeights[(int)unit.Level] + ancestors;
        var coverage = 0;
        foreach (var m in support)
            coverage += m.Length;
        return new Candidate(unit, support, score, score / possible, coverage);
    }

    /// <summary>For each ancestor level the address names apart from the unit's own mention, its best few mentions.</summary>
    private static List<(double LevelWeight, List<Mention> Named)> Options(DivisionRecord unit, Mention own, Dictionary<long, List<Mention>> byUnitCode)
    {
        var options = new List<(double LevelWeight, List<Mention> Named)>(4);
        for (var level = unit.Level - 1; level >= DivisionLevel.Province; level--)
        {
            if (!byUnitCode.TryGetValue(unit.AncestorNumber(level), out var named))
                continue;
            var usable = new List<Mention>(Math.Min(named.Count, MaxOptionsPerLevel));
            foreach (var m in named)
                if (!m.Overlaps(own) && usable.Count < MaxOptionsPerLevel)
                    usable.Add(m);
            if (usable.Count > 0)
                options.Add((LevelWeights[(int)level], usable));
        }
        return options;
    }

    private static Mention? FirstApart(List<Mention> named, Mention own)
    {
        foreach (var m in named)
            if (!m.Overlaps(own))
                return m;
        return null;
    }

    private static bool OverlapsAny(List<Mention> support, Mention mention)
    {
        foreach (var s in support)
            if (s.Overlaps(mention))
                return true;
        return false;
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
