using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// The one place the sample asks for romanization: the registry's romanizer (GB/T 16159) and
/// the traditional form. Thread-safe, so each parallel class task romanizes its own places.
/// </summary>
internal static class SampleRomanization
{
    public static Romanization Of(string name)
    {
        var romanized = PlaceNameRomanizer.Shared.Romanize(name);
        return new Romanization(romanized.WithTones, romanized.Toneless, romanized.Key, romanized.Initials, romanized.NeedsReview,
            ChineseScript.ToTraditional(name));
    }
}
