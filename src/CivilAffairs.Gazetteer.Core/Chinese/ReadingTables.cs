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
        PlaceReadings = placeReadings;
        PlaceNameDefaults = placeNameDefaults;
        Generics = generics;
        GrownInNames = grownInNames;
        LongestPlaceReading = placeReadings.Keys.Max(k => k.Length);
        PlaceReadingStarts = placeReadings.Keys.Select(k => k[0]).ToFrozenSet();
    }

    public static ReadingTables Shared => Loaded.Value;

    public FrozenDictionary<int, CharacterReadings> Characters { get; }

    public FrozenDictionary<string, PlaceReading> PlaceReadings { get; }

    public int LongestPlaceReading { get; }

    /// <summary>First UTF-16 unit of every place-reading fragment: most positions can skip the lookup.</summary>
    public FrozenSet<char> PlaceReadingStarts { get; }

    /// <summary>Polyphonic characters whose reading in place names is clear (大 dà, 长 cháng).</summary>
    public FrozenDictionary<int, string> PlaceNameDefaults { get; }

    /// <summary>Longest first, so 街道 is found before 道.</summary>
    public IReadOnlyList<Generic> Generics { get; }

    /// <summary>Names whose generic has grown into the name (城区 Chéngqū).</summary>
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
            .OrderByDescending(g => g.Text.Length)
            .ToList();

        var grownIn = TableFile.Rows("grown-in-names.tsv").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);

        return new ReadingTables(characters.ToFrozenDictionary(), placeReadings.ToFrozenDictionary(StringComparer.Ordinal),
            defaults.ToFrozenDictionary(), generics, grownIn);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
