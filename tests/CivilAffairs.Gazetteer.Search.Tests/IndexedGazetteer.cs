using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Search.Tests;

/// <summary>
/// A test class's own database (copied from the template, plus <see cref="SearchSeed"/>) and its own
/// index folder in a temp directory, opened once for the class.
/// </summary>
public sealed class IndexedGazetteer : IAsyncLifetime
{
    public GazetteerDatabase Database { get; } = new();

    public string IndexFolder { get; } = Path.Combine(Path.GetTempPath(), "gzt-index-" + Guid.NewGuid().ToString("N")[..12]);

    public PlaceIndex Index { get; private set; } = null!;

    public PlaceSearch Search { get; private set; } = null!;

    public Autocomplete Autocomplete { get; private set; } = null!;

    public SearchOptions Options => new() { IndexDirectory = IndexFolder, FollowInterval = TimeSpan.FromMilliseconds(100) };

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await SearchSeed.ApplyAsync(Database.DataSource);
        Index = new PlaceIndex(Options, Database.DataSource);
        await Index.OpenAsync(CancellationToken.None);
        Search = new PlaceSearch(Index);
        Autocomplete = new Autocomplete(Index);
    }

    public async Task DisposeAsync()
    {
        Index.Dispose();
        await Database.DisposeAsync();
        if (Directory.Exists(IndexFolder)) Directory.Delete(IndexFolder, recursive: true);
    }
}
