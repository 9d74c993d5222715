namespace CivilAffairs.Gazetteer.Bench;

/// <summary>
/// One named benchmark. It measures its own baseline in the same run (machines here are noisy,
/// so figures are reported as ratios) and returns a Markdown report that is written to
/// bench/results/{Name}.md.
/// </summary>
internal interface IBenchmark
{
    string Name { get; }
    string Description { get; }
    Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken);
}
