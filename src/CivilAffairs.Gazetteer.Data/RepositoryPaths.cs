namespace CivilAffairs.Gazetteer.Data;

/// <summary>
/// Finds the repository's data/ folder (the real Shanxi data and the derived tables) from
/// the current directory or the running assembly, or from GAZETTEER_DATA when set.
/// </summary>
public static class RepositoryPaths
{
    public const string DataDirectoryVariable = "GAZETTEER_DATA";

    public static string DataDirectory()
    {
        var configured = Environment.GetEnvironmentVariable(DataDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return Directory.Exists(configured)
                ? configured
                : throw new DirectoryNotFoundException($"{DataDirectoryVariable} points at '{configured}', which does not exist.");
        return Path.Combine(Root(), "data");
    }

    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CivilAffairs.Gazetteer.sln")))
                    return dir.FullName;
        throw new DirectoryNotFoundException(
            $"Cannot find the repository (CivilAffairs.Gazetteer.sln) above the current folder; run from inside it or set {DataDirectoryVariable} to its data folder.");
    }
}
