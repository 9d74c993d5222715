using CivilAffairs.Gazetteer.Search.Geocoding;
using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Search.Tests.Geocoding;

/// <summary>
/// The real hierarchy as the importer leaves it in the test template (2023 divisions, the 2017 units
/// and the admin changes between them), loaded once through <see cref="HierarchyLoader"/> — the path
/// production takes — and shared by the classes of <see cref="ImportedHierarchyCollection"/>.
/// </summary>
public sealed class ImportedHierarchy : IAsyncLifetime
{
    private readonly GazetteerDatabase database = new();
    private AdministrativeHierarchy? hierarchy;

    public AdministrativeHierarchy Hierarchy => hierarchy ?? throw new InvalidOperationException("The hierarchy is not loaded yet.");

    public Geocoder Geocoder { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        hierarchy = await HierarchyLoader.LoadAsync(database.DataSource, CancellationToken.None);
        Geocoder = new Geocoder(hierarchy);
    }

    public Task DisposeAsync() => database.DisposeAsync();
}
