namespace CivilAffairs.Gazetteer.Data.Proposals;

/// <summary>
/// The naming-rule checks run on every proposal (at submission and on entering REVIEW). The rules
/// themselves are the name checker's (issue 7, checks); the workflow only stores and acts on the
/// findings: a violation keeps a proposal from being approved.
/// </summary>
public interface IProposalNameCheck
{
    Task<IReadOnlyList<NameCheckFinding>> CheckAsync(NameCheckRequest request, CancellationToken cancellationToken);
}
