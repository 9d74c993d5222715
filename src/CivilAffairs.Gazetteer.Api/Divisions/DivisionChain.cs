using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Api.Divisions;

internal static class DivisionChain
{
    /// <summary>The codes from the province down to <paramref name="code"/>, itself included when asked.</summary>
    public static IReadOnlyList<string> From(DivisionCode code, bool includeSelf)
    {
        var chain = new List<string>();
        for (DivisionCode? current = includeSelf ? code : code.Parent; current is { } c; current = c.Parent)
            chain.Add(c.Full);
        chain.Reverse();
        return chain;
    }
}
