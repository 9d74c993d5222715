namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>A row of the dynasty table (朝代): its years (end null while it lasts), other spellings and the source of the dates.</summary>
internal sealed record Dynasty(string Name, string NameEn, IReadOnlyList<string> Aliases, int StartYear, int? EndYear, string Source)
{
    public bool Answers(string text) =>
        string.Equals(Name, text, StringComparison.Ordinal) || string.Equals(NameEn, text, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
}
