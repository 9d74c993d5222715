namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// A special reading found in a name, for the record's reading notes: 洪洞 is read Hóngtóng,
/// locally "hóng dòng" is heard; the source says who established it.
/// </summary>
public sealed record ReadingNote(string Fragment, string Reading, string? LocalReading, string Source, string Note, bool Uncertain);
