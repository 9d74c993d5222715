using System.Collections.Frozen;
using System.Text;
using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Naming;

/// <summary>
/// Rule 13: the romanization is Hanyu Pinyin by the rules for Chinese place names (GB/T 16159). A given
/// romanization is compared on its letters (tones, capitals, spaces and apostrophes aside) with the
/// name's reading and its alternatives; English words and Wade-Giles are named as such.
/// </summary>
public static class RomanizationCheck
{
    public const int MaxLength = 200;

    private static readonly FrozenSet<string> EnglishWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "street", "st", "road", "rd", "avenue", "ave", "lane", "alley", "boulevard", "county", "district", "city", "town",
        "township", "village", "community", "mountain", "mount", "mt", "river", "lake", "bridge", "park", "square", "station",
        "temple", "hill", "valley", "garden", "gardens", "plaza", "tower", "new", "old", "east", "west", "south", "north", "the", "of");

    public static RuleResult Check(string name, string? given)
    {
        var reading = PlaceNameRomanizer.Shared.Romanize(name);
        if (string.IsNullOrWhiteSpace(given))
        {
            return reading.NeedsReview
                ? RuleResult.Warning(NamingRules.Romanization,
                    $"The reading is not settled: the registry would write {reading.WithTones}, but {Alternatives(reading)} are possible. " +
                    "Give the romanization of the official (local) reading.")
                : RuleResult.Pass(NamingRules.Romanization, $"The name will be romanized {reading.WithTones} (Hanyu Pinyin, GB/T 16159).");
        }

        var text = Checked(given);
        var letters = Letters(text);
        if (letters == reading.Key || reading.Alternatives.Any(a => Letters(a) == letters))
        {
            return reading.NeedsReview
                ? RuleResult.Warning(NamingRules.Romanization,
                    $"{text} is one possible Hanyu Pinyin reading of {name}; the registry cannot settle it ({reading.WithTones}, {Alternatives(reading)}): a person must confirm the official reading.")
                : RuleResult.Pass(NamingRules.Romanization, $"{text} is the Hanyu Pinyin of {name}; the standard written form is {reading.WithTones}.");
        }

        var english = text.Split([' ', '-', '\'', '’', ','], StringSplitOptions.RemoveEmptyEntries).Where(EnglishWords.Contains).ToList();
        if (english.Count > 0)
            return RuleResult.Violation(NamingRules.Romanization,
                $"{text} uses English ({string.Join(", ", english)}): place names are romanized in Hanyu Pinyin only, generic included — {name} is {reading.WithTones}.");
        if (reading.WadeGiles is { } wadeGiles && Letters(wadeGiles) == letters)
            return RuleResult.Violation(NamingRules.Romanization,
                $"{text} is the old Wade-Giles spelling: the registry keeps it for historians, but the romanization is Hanyu Pinyin — {name} is {reading.WithTones}.");
        return RuleResult.Violation(NamingRules.Romanization,
            $"{text} does not spell the Hanyu Pinyin reading of {name}, which is {reading.WithTones}" +
            (reading.Alternatives.Count > 0 ? $" (or {Alternatives(reading)})." : "."));
    }

    private static string Checked(string given)
    {
        var text = given.Trim();
        if (text.Length > MaxLength)
            throw new NameCheckInputException(NameCheckProblem.BadInput,
                $"The romanization has {text.Length} characters; give at most {MaxLength}, the name's Hanyu Pinyin alone (Hóngtóng Xiàn).");
        if (text.EnumerateRunes().Any(r => StandardCharacters.IsHan(r.Value)))
            throw new NameCheckInputException(NameCheckProblem.BadInput,
                $"The romanization '{text}' contains Chinese characters: give the name in name and its Hanyu Pinyin (Hóngtóng Xiàn) in romanization.");
        return text;
    }

    /// <summary>Letters only, lower case, tone marks off, ü as v: "Xī'ān" and "XI AN" both give "xian".</summary>
    private static string Letters(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var plain = char.ToLowerInvariant(PinyinText.ToneMarkRemoved(c));
            if (plain == 'ü') letters.Append('v');
            else if (plain is >= 'a' and <= 'z') letters.Append(plain);
        }
        return letters.ToString();
    }

    private static string Alternatives(Romanization reading) =>
        reading.Alternatives.Count == 0 ? "other readings" : string.Join(", ", reading.Alternatives.Take(4));
}
