using System.Collections.Frozen;

namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// Everything the romanizer reads, loaded once: character readings (Unihan), place-name
/// readings, the place-name reading of common polyphonic characters, generics.
/// </summary>
internal sealed class ReadingTables
{
    private static readonly Lazy<ReadingTables> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private ReadingTables(
        FrozenDictionary<int, CharacterReadings> characters,
        FrozenDictionary<string, PlaceReading> placeReadings,
        FrozenDictionary<int, string> placeNameDefaults,
        IReadOnlyList<Generic> generics,
        FrozenSet<string> grownInNames)
    {
        Characters = characters;
        foreach (var (codePoint, readings) in characters)
            if (codePoint <= char.MaxValue) _basicPlane[codePoint] = readings;
        PlaceReadings = placeReadings;
        PlaceNameDefaults = placeNameDefaults;
        Generics = generics;
        GenericsByText = generics.ToFrozenDictionary(g => g.Text, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        LongestGeneric = generics.Max(g => g.Text.Length);
        GrownInNames = grownInNames;
        LongestPlaceReading = placeReadings.Keys.Max(k => k.Length);
        PlaceReadingStarts = placeReadings.Keys.Select(k => k[0]).ToFrozenSet();
    }

    /// <summary>The readings of the Basic Multilingual Plane by code point: names are read a character at a time.</summary>
    private readonly CharacterReadings?[] _basicPlane = new CharacterReadings?[char.MaxValue + 1];

    public static ReadingTables Shared => Loaded.Value;

    public bool TryGetReadings(int codePoint, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CharacterReadings? readings)
    {
        if (codePoint <= char.MaxValue)
        {
            readings = _basicPlane[codePoint];
            return readings is not null;
        }
        return Characters.TryGetValue(codePoint, out readings);
    }

    public FrozenDictionary<int, CharacterReadings> Characters { get; }

    public FrozenDictionary<string, PlaceReading> PlaceReadings { get; }

    public int LongestPlaceReading { get; }

    /// <summary>First UTF-16 unit of every place-reading fragment: most positions can skip the lookup.</summary>
    public FrozenSet<char> PlaceReadingStarts { get; }

    /// <summary>Polyphonic characters whose reading in place names is clear (大 dà, 长 cháng).</summary>
    public FrozenDictionary<int, string> PlaceNameDefaults { get; }

    public IReadOnlyList<Generic> Generics { get; }

    public FrozenDictionary<string, Generic>.AlternateLookup<ReadOnlySpan<char>> GenericsByText { get; }

    public int LongestGeneric { get; }

    /// <summary>Names that have no generic of their own: grown-in generics (城区 Chéngqū) and known specifics (阳泉).</summary>
    public FrozenSet<string> GrownInNames { get; }

    private static ReadingTables Load()
    {
        var characters = new Dictionary<int, CharacterReadings>();
        foreach (var row in TableFile.Rows("readings.tsv"))
            characters[char.ConvertToUtf32(row[0], 0)] = new CharacterReadings(row[1] == "1", row[2].Split(','));

        var placeReadings = new Dictionary<string, PlaceReading>(StringComparer.Ordinal);
        foreach (var row in TableFile.Rows("place-readings.tsv"))
        {
            var syllables = row[1].Split(' ');
            if (syllables.Length != row[0].EnumerateRunes().Count())
                throw new InvalidDataException($"place-readings.tsv: {row[0]} has {syllables.Length} syllables for a different number of characters.");
            placeReadings[row[0]] = new PlaceReading(row[0], syllables, NullIfEmpty(row[2]), row[3], row[4], row[5] == "uncertain");
        }

        var defaults = new Dictionary<int, string>();
        foreach (var row in TableFile.Rows("polyphone-rules.tsv"))
            defaults[char.ConvertToUtf32(row[0], 0)] = row[1];

        var generics = TableFile.Rows("generics.tsv")
            .Select(row => new Generic(row[0], row[1], Enum.Parse<GenericRole>(row[2])))
            .ToList();

        // Known division specifics (阳泉, 吕梁) are whole names even though they end in a generic.
        var grownIn = TableFile.Rows("grown-in-names.tsv").Concat(TableFile.Rows("known-names.tsv"))
            .Select(row => row[0])
            .ToFrozenSet(StringComparer.Ordinal);

        return new ReadingTables(characters.ToFrozenDictionary(), placeReadings.ToFrozenDictionary(StringComparer.Ordinal),
            defaults.ToFrozenDictionary(), generics, grownIn);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
