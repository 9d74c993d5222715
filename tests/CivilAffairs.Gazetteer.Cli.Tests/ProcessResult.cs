namespace CivilAffairs.Gazetteer.Cli.Tests;

/// <summary>How a run of `gazetteer` ended: exit code, standard output, standard error.</summary>
internal sealed record ProcessResult(int ExitCode, string Output, string Error);
