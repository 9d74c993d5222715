using System.Collections.Frozen;

namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>Longest-first lookup of place-name fragments at a position, without allocating substrings.</summary>
internal sealed class PlaceReadingLookup(ReadingTables tables)
{
    private readonly FrozenDictionary<string, PlaceReading>.AlternateLookup<ReadOnlySpan<char>> _lookup =
        tables.PlaceReadings.GetAlternateLookup<ReadOnlySpan<char>>();

    public PlaceReading? Match(string name, int start)
    {
        if (!tables.PlaceReadingStarts.Contains(name[start])) return null;
        for (var length = Math.Min(tables.LongestPlaceReading, name.Length - start); length > 0; length--)
            if (_lookup.TryGetValue(name.AsSpan(start, length), out var entry)) return entry;
        return null;
    }
}
