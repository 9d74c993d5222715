namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>What a sample run added, and where the time went.</summary>
public sealed record SampleReport(
    string Scale, int Seed, long ExistingPlaces, int Places, int FormerNames, int HistoricalNames, int Citations,
    int Proposals, int ProposalEvents, int Pois, TimeSpan Generating, TimeSpan Writing)
{
    public long Rows => Places + FormerNames + HistoricalNames + Citations + Proposals + ProposalEvents + Pois;
}
