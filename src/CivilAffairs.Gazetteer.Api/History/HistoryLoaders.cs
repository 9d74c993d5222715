using CivilAffairs.Gazetteer.Api.GraphQL.Batching;

namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>The batch loaders of one request for historical names: by id, their citations and their lineage events.</summary>
internal sealed class HistoryLoaders(HistoricalNameQueries names)
{
    public BatchLoader<long, HistoricalNameRecord> ById { get; } = new(names.ByIdsAsync);

    public BatchLoader<long, IReadOnlyList<Citation>> Citations { get; } = new(names.CitationsAsync);

    public BatchLoader<long, IReadOnlyList<NameEvent>> Events { get; } = new(names.EventsAsync);
}
