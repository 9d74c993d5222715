namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>The dynasty table, read once per process: it changes only with a migration.</summary>
internal sealed class DynastyCatalog(HistoricalNameQueries queries)
{
    private Task<IReadOnlyList<Dynasty>>? dynasties;

    public Task<IReadOnlyList<Dynasty>> AllAsync(CancellationToken cancellationToken)
    {
        var loading = Volatile.Read(ref dynasties);
        if (loading is { IsFaulted: false, IsCanceled: false }) return loading;
        // A failed read (database down at the time) is tried again by the next request.
        var fresh = queries.DynastiesAsync(CancellationToken.None);
        Interlocked.CompareExchange(ref dynasties, fresh, loading);
        return fresh.WaitAsync(cancellationToken);
    }
}
