using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// Every division unit, current and historical, with the admin changes between them, held in
/// memory with a dictionary of all the ways addresses name them (official, short and committee
/// forms, keyed in the search form that folds traditional characters; former names resolve through the changes at query time).
/// Immutable: a reload builds a new one (see <see cref="HierarchySource"/>).
/// </summary>
public sealed class AdministrativeHierarchy
{
    private readonly Dictionary<long, DivisionRecord> byId;
    private readonly Dictionary<string, List<DivisionRecord>> byCode;
    private readonly Dictionary<long, List<(AdminChangeRecord Change, DivisionRecord To)>> successors = [];

    public AdministrativeHierarchy(IEnumerable<DivisionRecord> divisions, IEnumerable<AdminChangeRecord> changes)
    {
        Divisions = divisions.ToList();
        Changes = changes.ToList();
        byId = Divisions.ToDictionary(d => d.Id);
        byCode = Divisions.GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var change in Changes)
            foreach (var from in change.From)
                foreach (var to in change.To)
                    if (byId.TryGetValue(to, out var target))
                    {
                        if (!successors.TryGetValue(from, out var list))
                            successors[from] = list = [];
                        list.Add((change, target));
                    }

        Names = new NameTrie();
        foreach (var division in Divisions)
        {
            foreach (var form in NameForms.FullForms(division))
                Names.Add(AddressText.Key(form), new NameEntry(division, NameForm.Official, form));
            if (NameForms.ShortForm(NameForms.PlaceName(division), division.Level) is { } shortForm)
                Names.Add(AddressText.Key(shortForm), new NameEntry(division, NameForm.Short, shortForm));
        }
        PlaceNameCounts = Divisions
            .Where(d => d.Level == DivisionLevel.Village)
            .GroupBy(d => NameForms.PlaceName(d))
            .ToDictionary(g => g.Key, g => g.Count());
    }

    public IReadOnlyList<DivisionRecord> Divisions { get; }

    public IReadOnlyList<AdminChangeRecord> Changes { get; }

    internal NameTrie Names { get; }

    internal IReadOnlyDictionary<string, int> PlaceNameCounts { get; }

    public DivisionRecord? ById(long id) => byId.GetValueOrDefault(id);

    /// <summary>The unit holding <paramref name="code"/> (any written length) on <paramref name="asOf"/>.</summary>
    public DivisionRecord? Find(string code, DateOnly asOf)
    {
        if (!DivisionCode.TryParse(code, out var parsed))
            return null;
        return byCode.TryGetValue(parsed.Full, out var units) ? units.FirstOrDefault(u => u.IsValidAt(asOf)) : null;
    }

    /// <summary>Province → ... → the unit itself, as valid on <paramref name="asOf"/>.</summary>
    public IReadOnlyList<DivisionRecord> ChainOf(DivisionRecord unit, DateOnly asOf)
    {
        var chain = new List<DivisionRecord> { unit };
        var current = unit;
        while (current.ParentCode is { } parentCode)
        {
            var parent = Find(parentCode, asOf) ?? FindLatest(parentCode);
            if (parent is null || parent.Id == current.Id || chain.Count > 5)
                break;
            chain.Add(parent);
            current = parent;
        }
        chain.Reverse();
        return chain;
    }

    /// <summary>The latest unit that held <paramref name="code"/>, current or not (a historical county of a chain read as of 2017).</summary>
    public DivisionRecord? FindLatest(string code) =>
        DivisionCode.TryParse(code, out var parsed) && byCode.TryGetValue(parsed.Full, out var units) ? units[^1] : null;

    /// <summary>
    /// The units valid on <paramref name="asOf"/> that <paramref name="unit"/> became, following
    /// the admin changes forward (长治县 → 上党区), with the changes followed.
    /// </summary>
    public IReadOnlyList<(DivisionRecord Unit, IReadOnlyList<AdminChangeRecord> Via)> Successors(DivisionRecord unit, DateOnly asOf)
    {
        var found = new List<(DivisionRecord, IReadOnlyList<AdminChangeRecord>)>();
        var queue = new Queue<(DivisionRecord Unit, List<AdminChangeRecord> Via)>();
        queue.Enqueue((unit, []));
        var seen = new HashSet<long> { unit.Id };
        while (queue.Count > 0)
        {
            var (current, via) = queue.Dequeue();
            if (!successors.TryGetValue(current.Id, out var next))
                continue;
            foreach (var (change, to) in next)
            {
                if (change.Date > asOf || !seen.Add(to.Id))
                    continue;
                var path = new List<AdminChangeRecord>(via) { change };
                if (to.IsValidAt(asOf))
                    found.Add((to, path));
                else
                    queue.Enqueue((to, path));
            }
        }
        return found;
    }
}
