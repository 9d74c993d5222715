namespace CivilAffairs.Gazetteer.Data.Proposals;

/// <summary>
/// Used until the name checker is registered: no findings, so proposals show an empty check
/// list rather than an invented one.
/// </summary>
public sealed class NoNameCheck : IProposalNameCheck
{
    public Task<IReadOnlyList<NameCheckFinding>> CheckAsync(NameCheckRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NameCheckFinding>>([]);
}
