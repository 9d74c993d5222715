namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// A name-level reading that takes precedence over character readings (洪洞 Hóngtóng, 十里堡 Shílǐpù).
/// </summary>
/// <param name="Fragment">The name or part of a name the reading applies to.</param>
/// <param name="Syllables">The standard reading, one toned syllable per character.</param>
/// <param name="LocalReading">How people there say it, when that differs; null otherwise.</param>
/// <param name="Uncertain">True when sources disagree: names using it still go to review.</param>
internal sealed record PlaceReading(string Fragment, IReadOnlyList<string> Syllables, string? LocalReading, string Source, string Note, bool Uncertain);
