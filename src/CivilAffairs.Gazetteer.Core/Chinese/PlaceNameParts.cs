using System.Collections.Frozen;

namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>Splits a place name into specific (专名) and generic (通名) using the generics table.</summary>
public static class PlaceNameParts
{
    /// <summary>洪洞县 → (洪洞, 县); 隰县 → (隰, 县); 城区 → (城区, null); a generic alone → (it, null).</summary>
    public static NameParts Split(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var generic = FindGeneric(trimmed, ReadingTables.Shared);
        return generic is null
            ? new NameParts(trimmed, null)
            : new NameParts(trimmed[..^generic.Text.Length], generic.Text);
    }

    private static readonly Lazy<FrozenSet<string>> GrownInGenerics = new(
        () => TableFile.Rows("grown-in-names.tsv").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True for a generic alone (村, 街道) or a generic grown into a name of its own (城区, 郊区, 矿区 of grown-in-names.tsv).</summary>
    public static bool IsGenericOnly(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return ReadingTables.Shared.GenericsByText.ContainsKey(trimmed.AsSpan()) || GrownInGenerics.Value.Contains(trimmed);
    }

    /// <summary>The generic ending the name, if the name has a specific left in front of it.</summary>
    internal static Generic? FindGeneric(string name, ReadingTables tables)
    {
        // 城区, 郊区, 矿区: the generic has grown into the name, which has no generic of its own.
        if (tables.GrownInNames.Contains(name)) return null;
        // Longest first, so 街道 wins over 道; never strip a name down to nothing (村 alone is a specific-less name).
        for (var length = Math.Min(tables.LongestGeneric, name.Length - 1); length > 0; length--)
            if (tables.GenericsByText.TryGetValue(name.AsSpan(name.Length - length), out var generic))
                return generic;
        return null;
    }
}
