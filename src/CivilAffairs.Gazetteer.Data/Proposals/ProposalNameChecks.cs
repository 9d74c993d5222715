using CivilAffairs.Gazetteer.Data.Naming;
using CivilAffairs.Gazetteer.Data.Writes;
using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Naming;
using CivilAffairs.Gazetteer.Workflow;
using NamingKind = CivilAffairs.Gazetteer.Naming.ProposalKind;
using WorkflowKind = CivilAffairs.Gazetteer.Workflow.ProposalKind;

namespace CivilAffairs.Gazetteer.Data.Proposals;

/// <summary>
/// Runs the name checker on a proposal (at submission and on entering REVIEW) and keeps each rule's
/// result as the proposal stores it; a check that cannot run is the proposal's input error.
/// </summary>
internal static class ProposalNameChecks
{
    public static async Task<IReadOnlyList<NameCheckFinding>> RunAsync(
        NameChecker checker, string name, string category, string divisionCode, WorkflowKind kind, long? targetPlaceId, long? proposalId,
        CancellationToken cancellationToken)
    {
        try
        {
            var report = await checker.CheckAsync(new NameCheckRequest(
                name, category, DivisionCode.FromFull(divisionCode), StoredNames.Parse<NamingKind>(StoredNames.Of(kind)),
                targetPlaceId, null, proposalId), cancellationToken);
            return report.Results.Select(r => new NameCheckFinding(
                r.Rule.Code, r.Rule.Article, r.Outcome.ToString().ToLowerInvariant(),
                r.Conflicts.Count == 0 ? r.Explanation : $"{r.Explanation} ({string.Join("、", r.Conflicts.Take(5).Select(c => $"{c.Name} {c.DivisionCode}"))})")).ToList();
        }
        catch (NameCheckInputException e)
        {
            throw new WriteRefusedException(WriteRefusal.BadInput, e.Message);
        }
    }
}
