namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>A batch over the limit, refused as a whole with a message the caller can act on.</summary>
public sealed class BatchTooLargeException(int count, int limit)
    : ArgumentException($"A batch holds at most {limit} addresses; this one has {count}. Split it, or use the `gazetteer geocode` command for files.")
{
    public int Count { get; } = count;

    public int Limit { get; } = limit;
}
