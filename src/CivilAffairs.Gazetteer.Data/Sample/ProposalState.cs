namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// The proposal workflow as DOMAIN.md gives it: draft → submitted → accepted → assessing →
/// review → approved → filed → announced → standard → signed, with rejected after acceptance
/// and withdrawn before a decision. The sample's histories walk these paths only.
/// </summary>
internal static class ProposalState
{
    public static IReadOnlyList<string> MainPath { get; } =
        ["draft", "submitted", "accepted", "assessing", "review", "approved", "filed", "announced", "standard", "signed"];

    public static IReadOnlyList<string> All { get; } = [.. MainPath, "rejected", "withdrawn"];

    /// <summary>States from which a proposal may be rejected or withdrawn.</summary>
    public static IReadOnlyList<string> RejectableFrom { get; } = ["accepted", "assessing", "review"];

    public static IReadOnlyList<string> WithdrawableFrom { get; } = ["draft", "submitted", "accepted", "assessing", "review"];

    /// <summary>Every state a proposal passed through to reach <paramref name="final"/>, given where it left the main path.</summary>
    public static IReadOnlyList<string> PathTo(string final, string? leftFrom)
    {
        if (final is "rejected" or "withdrawn")
        {
            var until = MainPath.ToList().IndexOf(leftFrom ?? throw new ArgumentNullException(nameof(leftFrom)));
            return [.. MainPath.Take(until + 1), final];
        }
        return MainPath.Take(MainPath.ToList().IndexOf(final) + 1).ToList();
    }
}
