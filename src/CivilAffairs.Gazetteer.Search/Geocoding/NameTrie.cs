namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// Every name form of every unit in one character trie, so that one pass over an address finds
/// all names starting at each position (the address is short; the dictionary has ~100,000 forms).
/// </summary>
internal sealed class NameTrie
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public List<NameEntry>? Entries;
    }

    private readonly Node root = new();

    public int Count { get; private set; }

    public void Add(string key, NameEntry entry)
    {
        var node = root;
        foreach (var c in key)
        {
            node.Next ??= [];
            if (!node.Next.TryGetValue(c, out var child))
                node.Next[c] = child = new Node();
            node = child;
        }
        node.Entries ??= [];
        if (!node.Entries.Any(e => e.Division.Id == entry.Division.Id && e.Form == entry.Form))
        {
            node.Entries.Add(entry);
            Count++;
        }
    }

    /// <summary>Every (length, entries) for names that start at <paramref name="start"/>.</summary>
    public IEnumerable<(int Length, IReadOnlyList<NameEntry> Entries)> MatchesAt(string text, int start)
    {
        var node = root;
        for (var i = start; i < text.Length; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(text[i], out var child))
                yield break;
            node = child;
            if (node.Entries is not null)
                yield return (i - start + 1, node.Entries);
        }
    }
}
