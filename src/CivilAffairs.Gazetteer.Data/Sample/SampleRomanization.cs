using System.Collections.Concurrent;
using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// The one place the sample asks for romanization: the registry's romanizer (GB/T 16159) and
/// the traditional form. Thread-safe, so each parallel class task romanizes its own places; a
/// name met again (the sample repeats the real village names) is read once.
/// </summary>
internal static class SampleRomanization
{
    private static readonly ConcurrentDictionary<string, Romanization> Read = new(StringComparer.Ordinal);

    public static Romanization Of(string name) => Read.GetOrAdd(name, Romanize);

    private static Romanization Romanize(string name)
    {
        var romanized = PlaceNameRomanizer.Shared.Romanize(name);
        return new Romanization(romanized.WithTones, romanized.Toneless, romanized.Key, romanized.Initials, romanized.NeedsReview,
            ChineseScript.ToTraditional(name));
    }
}
