namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// Holds the current <see cref="AdministrativeHierarchy"/> and swaps in a freshly loaded one when
/// divisions change; readers take <see cref="Current"/> once per request and never see a half-built one.
/// </summary>
public sealed class HierarchySource(AdministrativeHierarchy initial, Func<CancellationToken, Task<AdministrativeHierarchy>>? load = null)
{
    private AdministrativeHierarchy current = initial;

    public AdministrativeHierarchy Current => Volatile.Read(ref current);

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        if (load is null)
            throw new InvalidOperationException("This hierarchy was built in memory and has no loader to reload from.");
        var fresh = await load(cancellationToken);
        Volatile.Write(ref current, fresh);
    }
}
