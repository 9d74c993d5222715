namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// One CSV record: the physical line it starts on, its original text (without the line end,
/// quoted newlines included) and its fields; <see cref="Problem"/> when its quoting is broken.
/// </summary>
internal sealed record CsvRecord(int Line, string Raw, IReadOnlyList<string> Fields, string? Problem);
