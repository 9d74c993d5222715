namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>A name found in the address at [Start, Start+Length), read as <see cref="Unit"/> (reached through <see cref="Via"/> when it is a former name).</summary>
internal sealed record Mention(int Start, int Length, NameEntry Entry, DivisionRecord Unit, IReadOnlyList<AdminChangeRecord> Via, double Weight)
{
    public int End => Start + Length;

    public bool Overlaps(Mention other) => Start < other.End && other.Start < End;
}
