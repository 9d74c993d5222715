using System.Text;

namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// Romanizes place names per the 1984 rules for Chinese place names (GB/T 16159): specific and
/// generic written apart and capitalised (Hóngtóng Xiàn), villages one word (Wángcūn), generics
/// grown into the name kept in it (Chéngqū), numbers spelt out, apostrophes (Xī'ān), ü kept
/// (Lǚliáng). Thread-safe; the tables are loaded once.
/// </summary>
public sealed class PlaceNameRomanizer
{
    private const int MaxAlternatives = 16;

    private static readonly Lazy<PlaceNameRomanizer> Instance = new(() => new PlaceNameRomanizer(ReadingTables.Shared), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Romanization Nothing = new("", "", "", "", "", null, false, []);

    private readonly ReadingTables _tables;
    private readonly NameReader _reader;

    private PlaceNameRomanizer(ReadingTables tables)
    {
        _tables = tables;
        _reader = new NameReader(tables);
    }

    public static PlaceNameRomanizer Shared => Instance.Value;

    /// <summary>
    /// Romanizes a place name. Traditional characters and full-width forms are read as their
    /// standard forms; a committee name (贾村村民委员会) is romanized as the place it names (贾村).
    /// Never throws on text: what cannot be read is left out and the result is flagged for review.
    /// </summary>
    public Romanization Romanize(string name)
    {
        if (string.IsNullOrEmpty(name)) return Nothing;
        var place = CommitteeNames.PlaceName(ChineseScript.ToSimplified(SearchText.Fold(name)));
        var generic = PlaceNameParts.FindGeneric(place, _tables);
        var genericStart = generic is null ? int.MaxValue : place.Length - generic.Text.Length;
        var joinGeneric = generic?.Role == GenericRole.Settlement;

        var syllables = new List<NameSyllable>(place.Length + 2);
        var review = _reader.Read(place, syllables) | SearchText.HasLoneSurrogate(name);
        var words = Words(syllables, genericStart, joinGeneric);
        if (words.Count == 0) return review ? Nothing with { NeedsReview = true } : Nothing;

        var withTones = Render(words, null);
        var toneless = PinyinText.Toneless(withTones);
        return new Romanization(
            withTones,
            toneless,
            toneless.ToUpperInvariant(),
            Key(words),
            Initials(words),
            WadeGilesForm(words),
            review,
            review ? Alternatives(words) : []);
    }

    /// <summary>The special readings (place-readings.tsv) that apply to this name, with their local readings and sources.</summary>
    public IReadOnlyList<ReadingNote> ReadingNotes(string name)
    {
        if (string.IsNullOrEmpty(name)) return [];
        var place = CommitteeNames.PlaceName(ChineseScript.ToSimplified(SearchText.Fold(name)));
        var lookup = new PlaceReadingLookup(_tables);
        var notes = new List<ReadingNote>();
        for (var i = 0; i < place.Length;)
        {
            if (lookup.Match(place, i) is { } entry)
            {
                notes.Add(new ReadingNote(entry.Fragment, string.Join(' ', entry.Syllables), entry.LocalReading, entry.Source, entry.Note, entry.Uncertain));
                i += entry.Fragment.Length;
            }
            else
            {
                i++;
            }
        }
        return notes;
    }

    private static List<List<NameSyllable>> Words(List<NameSyllable> syllables, int genericStart, bool joinGeneric)
    {
        var words = new List<List<NameSyllable>>();
        var current = new List<NameSyllable>();
        foreach (var syllable in syllables)
        {
            var startsGeneric = !joinGeneric && syllable.Position == genericStart && syllable.Text.Length > 0;
            if (syllable.Text.Length == 0 || syllable.IsLatin || startsGeneric)
            {
                if (current.Count > 0) words.Add(current);
                current = [];
                if (syllable.Text.Length == 0) continue;
            }
            current.Add(syllable);
            if (syllable.IsLatin)
            {
                words.Add(current);
                current = [];
            }
        }
        if (current.Count > 0) words.Add(current);
        return words;
    }

    /// <summary>The with-tones form; <paramref name="replace"/> swaps one syllable's reading for an alternative.</summary>
    private static string Render(List<List<NameSyllable>> words, (NameSyllable Syllable, string Reading)? replace)
    {
        var text = new StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0) text.Append(' ');
            var start = text.Length;
            for (var i = 0; i < word.Count; i++)
            {
                var reading = replace is { } r && r.Syllable == word[i] ? r.Reading : word[i].Text;
                if (i > 0 && !word[i].IsLatin && PinyinText.NeedsApostrophe(reading)) text.Append('\'');
                text.Append(reading);
            }
            if (!word[0].IsLatin) text[start] = char.ToUpperInvariant(text[start]);
        }
        return text.ToString();
    }

    private static string Key(List<List<NameSyllable>> words)
    {
        var key = new StringBuilder();
        foreach (var syllable in words.SelectMany(w => w))
            foreach (var c in syllable.Text)
            {
                var plain = char.ToLowerInvariant(PinyinText.ToneMarkRemoved(c));
                key.Append(plain == 'ü' ? 'v' : plain);
            }
        return key.ToString();
    }

    private static string Initials(List<List<NameSyllable>> words)
    {
        var initials = new StringBuilder();
        foreach (var syllable in words.SelectMany(w => w))
            initials.Append(char.ToLowerInvariant(PinyinText.ToneMarkRemoved(syllable.Text[0])));
        return initials.ToString();
    }

    private static string? WadeGilesForm(List<List<NameSyllable>> words)
    {
        if (words.All(w => w[0].IsLatin)) return null;
        var wadeGiles = SyllableInventory.Shared.WadeGiles;
        var text = new StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0) text.Append(' ');
            if (word[0].IsLatin)
            {
                text.Append(word[0].Text);
                continue;
            }
            var start = text.Length;
            for (var i = 0; i < word.Count; i++)
            {
                if (i > 0) text.Append('-');
                var key = PinyinText.Key(word[i].Text);
                text.Append(wadeGiles.TryGetValue(key, out var wade) ? wade : key);
            }
            text[start] = char.ToUpperInvariant(text[start]);
        }
        return text.ToString();
    }

    private static List<string> Alternatives(List<List<NameSyllable>> words)
    {
        var alternatives = new List<string>();
        foreach (var syllable in words.SelectMany(w => w))
        {
            if (syllable.Others is null) continue;
            foreach (var other in syllable.Others)
                if (alternatives.Count < MaxAlternatives) alternatives.Add(Render(words, (syllable, other)));
        }
        return alternatives;
    }
}
