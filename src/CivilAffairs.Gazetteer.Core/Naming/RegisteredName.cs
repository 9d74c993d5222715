namespace CivilAffairs.Gazetteer.Naming;

/// <summary>A name of the registry or of a pending proposal that lies in a proposed name's scope.</summary>
/// <param name="Specific">The stored specific (专名); null for proposals, which are split on reading.</param>
/// <param name="PinyinKey">The stored homophone key (toneless, letters only); null when none is stored.</param>
public sealed record RegisteredName(
    ConflictSource Source,
    long Id,
    string Name,
    string? Specific,
    string Category,
    string DivisionCode,
    string? PinyinKey,
    string State)
{
    public NameConflict AsConflict() => new(Source, Id, Name, Category, DivisionCode, State);
}
