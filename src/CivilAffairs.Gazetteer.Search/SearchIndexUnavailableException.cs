namespace CivilAffairs.Gazetteer.Search;

/// <summary>The index cannot answer yet (it is being built at start); the caller should try again shortly.</summary>
public sealed class SearchIndexUnavailableException(SearchIndexStatus status) : Exception(Explain(status))
{
    public SearchIndexStatus Status { get; } = status;

    private static string Explain(SearchIndexStatus status) => status.State == SearchIndexStatus.Building
        ? $"The search index is being built ({status.Percent ?? 0}%), try again in a few seconds."
        : "The search index is being opened (the service has just started, or the database is not answering yet), try again in a few seconds.";
}
