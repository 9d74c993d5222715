namespace CivilAffairs.Gazetteer.Naming;

/// <summary>A name check that cannot run on what was given; the message says what to change.</summary>
public sealed class NameCheckInputException(NameCheckProblem problem, string message) : Exception(message)
{
    public NameCheckProblem Problem { get; } = problem;
}
