namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>A file's text, or why it could not be read as UTF-8.</summary>
internal sealed record DecodedText(string? Text, PlaceFileIssue? Problem);
