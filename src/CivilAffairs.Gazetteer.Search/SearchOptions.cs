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

    /// <summary>
    /// How long a hole in the change-log sequence is waited for: a transaction that took a lower
    /// sequence number may commit after a higher one; a rolled-back one never fills its hole.
    /// </summary>
    public TimeSpan SequenceGapWait { get; set; } = TimeSpan.FromSeconds(5);

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
