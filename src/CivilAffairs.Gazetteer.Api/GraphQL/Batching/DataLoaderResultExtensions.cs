using GraphQL.DataLoader;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Batching;

internal static class DataLoaderResultExtensions
{
    /// <summary>Maps a batched value once it arrives, without fetching it early.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new BatchResult<TOut>(async cancellationToken => map(await result.GetResultAsync(cancellationToken)));
}
