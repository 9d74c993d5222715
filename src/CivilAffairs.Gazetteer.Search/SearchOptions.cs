using CivilAffairs.Gazetteer.Data;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>Where the index lives and how closely it follows the change log (configuration section "Search").</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>The index folder; by default .local/index in the repository (git-ignored). Deleting it costs a rebuild.</summary>
    public string? IndexDirectory { get; set; }

    /// <summary>How often the change log is polled; a new name is searchable within about this long.</summary>
    public TimeSpan FollowInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public string ResolveIndexDirectory()
    {
        if (!string.IsNullOrWhiteSpace(IndexDirectory)) return Path.GetFullPath(IndexDirectory);
        string root;
        try
        {
            root = RepositoryPaths.Root();
        }
        catch (DirectoryNotFoundException)
        {
            root = Directory.GetCurrentDirectory();
        }
        return Path.Combine(root, ".local", "index");
    }
}
