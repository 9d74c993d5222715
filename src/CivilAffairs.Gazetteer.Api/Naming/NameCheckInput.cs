namespace CivilAffairs.Gazetteer.Api.Naming;

/// <summary>The NameCheckInput argument as the client sent it.</summary>
internal sealed class NameCheckInput
{
    public string? Name { get; set; }
    public string? Category { get; set; }
    public string? DivisionCode { get; set; }
    public string? Romanization { get; set; }
    public string? Renames { get; set; }
}
