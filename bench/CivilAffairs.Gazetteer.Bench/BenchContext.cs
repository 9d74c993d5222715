namespace CivilAffairs.Gazetteer.Bench;

/// <summary>What every benchmark may need: the repository root and the arguments after its name.</summary>
internal sealed record BenchContext(string RepositoryRoot, IReadOnlyList<string> Arguments)
{
    public string ResultsDirectory => Path.Combine(RepositoryRoot, "bench", "results");
}
