using GraphQL.DataLoader;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Batching;

/// <summary>
/// Collects the keys that sibling fields ask for and fetches them in one query. GraphQL.NET
/// runs every resolver of a level before it awaits the <see cref="IDataLoaderResult"/>s they
/// returned; the first await fetches all keys queued by then. One instance per request: the
/// results are cached for the request only.
/// </summary>
internal sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> requested = [];
    private readonly List<TKey> pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (gate)
        {
            if (!requested.TryGetValue(key, out var completion))
            {
                completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
                requested.Add(key, completion);
                pending.Add(key);
            }
            var value = completion.Task;
            return new BatchResult<TValue?>(async cancellationToken =>
            {
                if (!value.IsCompleted)
                    await DispatchAsync(cancellationToken);
                return await value;
            });
        }
    }

    /// <summary>The values of <paramref name="keys"/> in their order; keys without a value are left out.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var results = keys.Select(Load).ToList();
        return new BatchResult<IReadOnlyList<TValue>>(async cancellationToken =>
        {
            var values = new List<TValue>(results.Count);
            foreach (var result in results)
                if (await result.GetResultAsync(cancellationToken) is { } value)
                    values.Add(value);
            return values;
        });
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> batch;
        lock (gate)
        {
            if (pending.Count == 0)
                return;
            batch = pending.Select(k => KeyValuePair.Create(k, requested[k])).ToList();
            pending.Clear();
        }
        try
        {
            var values = await fetch(batch.Select(b => b.Key).ToList(), cancellationToken);
            foreach (var (key, completion) in batch)
                completion.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
        }
        catch (Exception exception)
        {
            foreach (var (_, completion) in batch)
                completion.TrySetException(exception);
            throw;
        }
    }
}
