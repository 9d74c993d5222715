using System.Globalization;
using CivilAffairs.Gazetteer.Chinese;
using Lucene.Net.Documents;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>Turns an <see cref="IndexedPlace"/> into a Lucene document (read back through <see cref="PlaceSummary"/>).</summary>
internal static class PlaceDocument
{
    private const string PinyinWords = "pinyin_words";
    private const string PinyinTermsField = "pinyin_terms";
    private const string EverydayKeyField = "everyday_key";
    private const string EverydayInitialsField = "everyday_initials";

    public static Document Create(IndexedPlace place)
    {
        var document = new Document
        {
            new StringField(IndexFields.Key, place.Key, Field.Store.YES),
            new StringField(IndexFields.Kind, place.Kind, Field.Store.YES),
            new StoredField(IndexFields.Id, place.Id),
            new StringField(IndexFields.Category, place.Category, Field.Store.YES),
            new StringField(IndexFields.Status, place.Status, Field.Store.YES),
            new StringField(IndexFields.Provenance, place.Provenance, Field.Store.YES),
            new StringField(IndexFields.Weight, place.Weight.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
        };
        if (place.Code is not null) document.Add(new StringField(IndexFields.Code, place.Code, Field.Store.YES));
        if (place.DivisionCode is not null) document.Add(new StringField(IndexFields.Division, place.DivisionCode, Field.Store.YES));
        if (place.Lon is { } lon && place.Lat is { } lat)
        {
            document.Add(new StoredField(IndexFields.Lon, lon));
            document.Add(new StoredField(IndexFields.Lat, lat));
        }

        AddNames(document, IndexFields.Name, IndexFields.NameGrams, [place.Name]);
        AddNames(document, IndexFields.Alias, IndexFields.AliasGrams, place.Aliases);
        AddNames(document, IndexFields.FormerName, IndexFields.FormerNameGrams, place.FormerNames);
        AddNames(document, IndexFields.Traditional, IndexFields.TraditionalGrams, place.TraditionalNames);
        HistorianSearch.AddStory(document, place.Story);

        foreach (var word in place.PinyinWords)
            document.Add(new StoredField(PinyinWords, word));
        var terms = PinyinTerms(place).ToList();
        foreach (var key in terms)
        {
            document.Add(new StringField(IndexFields.Pinyin, key, Field.Store.NO));
            AddEdges(document, IndexFields.Pinyin, key);
            // Kept so that ranking a hit needs no syllable segmentation at query time.
            document.Add(new StoredField(PinyinTermsField, key));
        }
        if (place.PinyinKey is not null) document.Add(new StoredField(IndexFields.Pinyin, place.PinyinKey));
        if (terms.Count > 0)
        {
            document.Add(new StringField(IndexFields.PinyinStart, terms[0], Field.Store.NO));
            AddEdges(document, IndexFields.PinyinStart, terms[0]);
        }
        var initials = string.IsNullOrEmpty(place.Initials) ? null : place.Initials.ToLowerInvariant();
        if (initials is not null)
        {
            document.Add(new StringField(IndexFields.Initials, initials, Field.Store.YES));
            AddEdges(document, IndexFields.Initials, initials);
        }
        var everyday = Everyday(place);
        AddEveryday(document, everyday);
        document.Add(new BinaryDocValuesField(IndexFields.Summary, PlaceSummary.Encode(place, terms, initials, everyday)));
        return document;
    }

    /// <summary>
    /// The whole key and the key from each later syllable on, so "tong" and "xian" find "Hongtong Xian"
    /// (pinyin by syllable); a word that does not split into syllables stays whole.
    /// </summary>
    public static IEnumerable<string> PinyinTerms(IndexedPlace place)
    {
        var syllables = place.PinyinWords
            .SelectMany(w => PinyinSyllables.Segment(w) ?? [TypedText.PinyinKey(w)])
            .Where(s => s.Length > 0)
            .ToList();
        var whole = place.PinyinKey is { Length: > 0 } key ? TypedText.PinyinKey(key) : string.Concat(syllables);
        if (whole.Length == 0) yield break;
        yield return whole;
        for (var i = 1; i < syllables.Count; i++)
        {
            var tail = string.Concat(syllables.Skip(i));
            if (tail != whole) yield return tail;
        }
    }

    /// <summary>
    /// People type the common reading of a character (洞 dòng), not the place-name one (Hóngtóng):
    /// the everyday key and initials are indexed too when they differ, and stored for ranking.
    /// </summary>
    private static void AddEveryday(Document document, EverydayPinyin? everyday)
    {
        if (everyday is null) return;
        document.Add(new StringField(IndexFields.Pinyin, everyday.Key, Field.Store.NO));
        AddEdges(document, IndexFields.Pinyin, everyday.Key);
        document.Add(new StringField(IndexFields.PinyinStart, everyday.Key, Field.Store.NO));
        AddEdges(document, IndexFields.PinyinStart, everyday.Key);
        document.Add(new StoredField(EverydayKeyField, everyday.Key));
        document.Add(new StringField(IndexFields.Initials, everyday.Initials, Field.Store.NO));
        AddEdges(document, IndexFields.Initials, everyday.Initials);
        document.Add(new StoredField(EverydayInitialsField, everyday.Initials));
    }

    /// <summary>The everyday reading of the name, or null when it reads the same as the official romanization.</summary>
    public static EverydayPinyin? Everyday(IndexedPlace place)
    {
        if (EverydayReading.Of(place.Name) is not { } everyday) return null;
        var officialKey = place.PinyinKey is { Length: > 0 } key ? TypedText.PinyinKey(key) : null;
        var officialInitials = place.Initials?.ToLowerInvariant();
        return everyday.Key == officialKey && everyday.Initials == officialInitials ? null : everyday;
    }

    private static void AddNames(Document document, string exactField, string gramField, IEnumerable<string> names)
    {
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var normalised = TypedText.Normalise(name);
            if (normalised.Length == 0) continue;
            // Stored as written (for display and for "what matched"); indexed normalised.
            document.Add(new StoredField(exactField, name));
            document.Add(new StringField(exactField, normalised, Field.Store.NO));
            AddEdges(document, exactField, normalised);
            document.Add(new TextField(gramField, normalised, Field.Store.NO));
        }
    }

    /// <summary>
    /// The term's first 1 to <see cref="IndexFields.EdgeLength"/> characters in the field's edge field:
    /// for every term of the field, so that a short prefix finds in it exactly what a prefix query finds.
    /// </summary>
    private static void AddEdges(Document document, string field, string term)
    {
        var end = 0;
        var count = 0;
        foreach (var rune in term.EnumerateRunes())
        {
            end += rune.Utf16SequenceLength;
            document.Add(new StringField(IndexFields.Edges(field), term[..end], Field.Store.NO));
            if (++count == IndexFields.EdgeLength) break;
        }
    }
}
