using GraphQL.DataLoader;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Batching;

/// <summary>
/// A value resolved only when GraphQL.NET awaits it, after the sibling fields have queued
/// their keys; resolving starts the batch fetch.
/// </summary>
internal sealed class BatchResult<T>(Func<CancellationToken, Task<T>> resolve) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => resolve(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await resolve(cancellationToken);
}
