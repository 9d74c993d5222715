namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// An input file the importer cannot use: says which file, which line and what is wrong,
/// so a person can fix the file. Nothing is imported when it is thrown.
/// </summary>
public sealed class ImportDataException(string file, int line, string problem)
    : Exception(line > 0 ? $"{file}, line {line}: {problem}" : $"{file}: {problem}")
{
    public string File { get; } = file;

    /// <summary>1-based line of the file; 0 when the problem is not on one line.</summary>
    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
