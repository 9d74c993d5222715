using CivilAffairs.Gazetteer.Data.Proposals;

namespace CivilAffairs.Gazetteer.Api.Proposals;

/// <summary>The stored results of a proposal's name checks; <see cref="CheckedAt"/> null when it was never checked (the sample's).</summary>
internal sealed record ProposalChecks(DateTimeOffset? CheckedAt, IReadOnlyList<NameCheckFinding> Results)
{
    public bool Ok => Results.All(r => r.Outcome != NameCheckFinding.Violation);

    public static ProposalChecks Of(ProposalRecord proposal) => new(proposal.CheckedAt,
        proposal.Checks is null ? [] : System.Text.Json.JsonSerializer.Deserialize<List<NameCheckFinding>>(proposal.Checks, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)) ?? []);
}
