namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>Reads a name into syllables: place-name readings first, then the clear rules, then Unihan.</summary>
internal sealed class NameReader(ReadingTables tables)
{
    private readonly PlaceReadingLookup _placeReadings = new(tables);

    /// <summary>Adds the syllables of <paramref name="name"/>; word breaks are syllables with empty text. Returns whether anything needs review.</summary>
    public bool Read(string name, List<NameSyllable> syllables)
    {
        var review = false;
        var digits = new List<string>();
        for (var i = 0; i < name.Length;)
        {
            var c = name[i];
            if (_placeReadings.Match(name, i) is { } entry)
            {
                var position = i;
                for (var s = 0; s < entry.Syllables.Count; s++)
                {
                    syllables.Add(new NameSyllable(entry.Syllables[s], position, false, DisputedReading(entry, s)));
                    position += char.IsSurrogate(name, position) ? 2 : 1;
                }
                review |= entry.Uncertain;
                i += entry.Fragment.Length;
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < name.Length && char.IsAsciiDigit(name[end])) end++;
                digits.Clear();
                NumberReading.AppendSyllables(name.AsSpan(i, end - i), digits);
                foreach (var d in digits) syllables.Add(new NameSyllable(d, i, false, null));
                i = end;
                continue;
            }
            if (char.IsAsciiLetter(c))
            {
                var end = i;
                while (end < name.Length && char.IsAsciiLetter(name[end])) end++;
                syllables.Add(new NameSyllable("", i, false, null));
                syllables.Add(new NameSyllable(name[i..end], i, true, null));
                syllables.Add(new NameSyllable("", end, false, null));
                i = end;
                continue;
            }
            if (char.IsSurrogatePair(name, i))
            {
                review |= !ReadCharacter(char.ConvertToUtf32(name[i], name[i + 1]), i, syllables);
                i += 2;
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsSurrogate(c))
            {
                // A lone surrogate is broken text, not a word break; punctuation and spaces are.
                if (char.IsSurrogate(c)) review = true;
                else syllables.Add(new NameSyllable("", i, false, null));
                i++;
                continue;
            }
            review |= !ReadCharacter(c, i, syllables);
            i++;
        }
        return review;
    }

    /// <summary>For an uncertain entry, the other reading of this syllable when sources give one.</summary>
    private static string[]? DisputedReading(PlaceReading entry, int syllable)
    {
        if (!entry.Uncertain || entry.LocalReading is null) return null;
        var local = entry.LocalReading.Split(' ');
        return syllable < local.Length && local[syllable] != entry.Syllables[syllable] ? [local[syllable]] : null;
    }

    /// <summary>False when the reading is not settled: a polyphone without a rule, or no reading at all.</summary>
    private bool ReadCharacter(int codePoint, int position, List<NameSyllable> syllables)
    {
        if (!tables.TryGetReadings(codePoint, out var readings)) return false;
        if (!readings.IsPolyphonic)
        {
            syllables.Add(new NameSyllable(readings.Readings[0], position, false, null));
            return true;
        }
        if (tables.PlaceNameDefaults.TryGetValue(codePoint, out var placeReading))
        {
            syllables.Add(new NameSyllable(placeReading, position, false, null));
            return true;
        }
        syllables.Add(new NameSyllable(readings.Readings[0], position, false, readings.Readings[1..]));
        return false;
    }
}
