namespace CivilAffairs.Gazetteer.Api.Proposals;

/// <summary>How many proposals of one county are in one state, and how many of those are overdue.</summary>
internal sealed record ProposalCount(string CountyCode, string CountyName, string State, int Count, int Overdue);
