using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// The local Lucene index of every place, division, historical name and point of interest: a cache
/// of PostGIS. <see cref="OpenAsync"/> reuses the index on disk when it was built from this database
/// with this schema, and rebuilds it when it is missing, stale, foreign or corrupt;
/// <see cref="FollowAsync"/> applies what change_log recorded since.
/// </summary>
public sealed class PlaceIndex : IDisposable
{
    /// <summary>Raise when the documents change shape: an index of another version is rebuilt.</summary>
    internal const string SchemaVersion = "5";

    private const string SchemaKey = "schema";
    private const string SourceKey = "source";
    private const string SeqKey = "seq";
    private const int ChangeBatch = 5000;

    private readonly SearchOptions options;
    private readonly IndexedPlaceReader places;
    private readonly ChangeLogReader changeLog;
    private readonly ILogger logger;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private LuceneDirectory? directory;
    private IndexWriter? writer;
    private SearcherManager? searchers;
    private string source = "";
    // A first build writes into an empty index: searches are refused until it is whole. Later
    // rebuilds (after an import) keep the searchers on the previous commit, so they keep serving.
    private volatile bool serving;
    private volatile bool building;
    private long buildTotal;
    private long buildDone;

    public PlaceIndex(SearchOptions options, NpgsqlDataSource dataSource, ILogger<PlaceIndex>? logger = null)
    {
        this.options = options;
        places = new IndexedPlaceReader(dataSource);
        changeLog = new ChangeLogReader(dataSource);
        this.logger = logger ?? NullLogger<PlaceIndex>.Instance;
        Folder = options.ResolveIndexDirectory();
    }

    public string Folder { get; }

    /// <summary>The change_log sequence number the index reflects.</summary>
    public long HighWaterMark { get; private set; }

    /// <summary>How the last open went: reused, or rebuilt and why.</summary>
    public string LastOpen { get; private set; } = "not opened";

    public bool IsOpen => searchers is not null;

    /// <summary>True once searches are answered (the index on disk was reused or a first build finished).</summary>
    public bool IsReady => serving;

    /// <summary>Whether searches are answered now, and how far a first build has come.</summary>
    public SearchIndexStatus Status
    {
        get
        {
            if (serving) return new SearchIndexStatus(SearchIndexStatus.Ready, null, DocumentsOrNull());
            if (!building) return new SearchIndexStatus(SearchIndexStatus.Opening, null, null);
            var total = Interlocked.Read(ref buildTotal);
            var done = Interlocked.Read(ref buildDone);
            // The total is counted before reading; rows added meanwhile must not show 100 % early.
            var percent = total <= 0 ? 0 : (int)Math.Min(99, done * 100 / total);
            return new SearchIndexStatus(SearchIndexStatus.Building, percent, null);
        }
    }

    /// <summary>Completes when searches are answered (a first build may take a minute and a half on the full data).</summary>
    public async Task WhenReadyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (!serving)
        {
            try
            {
                await Task.Delay(50, limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The search index was not ready within {timeout.TotalSeconds:F0} s ({Status.State}).");
            }
        }
    }

    /// <summary>Opens the index on disk, rebuilding it when it cannot be trusted, then catches up with change_log.</summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            CloseIndex();
            source = await changeLog.SourceAsync(cancellationToken);
            var lastSeq = await changeLog.LastSeqAsync(cancellationToken);
            System.IO.Directory.CreateDirectory(Folder);
            directory = FSDirectory.Open(Folder);
            var reason = Untrusted(directory, lastSeq);
            if (reason is null)
            {
                writer = NewWriter(directory, OpenMode.APPEND);
                searchers = new SearcherManager(writer, true, null);
                serving = true;
                LastOpen = "reused";
                logger.LogInformation("Search index reused at {Folder}, change_log seq {Seq}", Folder, HighWaterMark);
            }
            else
            {
                logger.LogInformation("Search index at {Folder} is rebuilt: {Reason}", Folder, reason);
                CloseIndex();
                DeleteFolderContents();
                directory = FSDirectory.Open(Folder);
                writer = NewWriter(directory, OpenMode.CREATE);
                searchers = new SearcherManager(writer, true, null);
                building = true;
                try
                {
                    await RebuildLockedAsync(lastSeq, cancellationToken);
                }
                finally
                {
                    building = false;
                }
                serving = true;
                LastOpen = "rebuilt: " + reason;
            }
        }
        finally
        {
            writeGate.Release();
        }
        while (await FollowAsync(cancellationToken) > 0) { }
    }

    /// <summary>Rebuilds the whole index from PostGIS (after a bulk import); searches see the old index until it is done.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            RequireOpen();
            await RebuildLockedAsync(await changeLog.LastSeqAsync(cancellationToken), cancellationToken);
        }
        finally
        {
            writeGate.Release();
        }
    }

    /// <summary>Applies the next changes recorded in change_log; returns how many entries were read.</summary>
    public async Task<int> FollowAsync(CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            var writer = RequireOpen();
            var entries = await changeLog.ReadAfterAsync(HighWaterMark, ChangeBatch, cancellationToken);
            if (entries.Count == 0) return 0;
            if (entries.Any(e => e.Op == "import"))
            {
                // A bulk import rewrote whole tables: re-reading them is cheaper than replaying rows.
                await RebuildLockedAsync(await changeLog.LastSeqAsync(cancellationToken), cancellationToken);
                return entries.Count;
            }

            // No hole in the sequence needs waiting for: writers append in commit order (migration 030),
            // so a hole is a rolled-back transaction, and nothing can still appear below the last entry read.
            await ApplyAsync(writer, entries, cancellationToken);
            HighWaterMark = entries[^1].Seq;
            // Searchable first (a near-real-time reader sees the writer's buffer), durable second:
            // the commit's fsync must not add to the lag, and a replay after a crash is harmless.
            searchers!.MaybeRefreshBlocking();
            Commit(writer);
            return entries.Count;
        }
        finally
        {
            writeGate.Release();
        }
    }

    /// <summary>Runs a query against the current searcher.</summary>
    internal T WithSearcher<T>(Func<IndexSearcher, T> query)
    {
        if (!serving || searchers is not { } manager)
            throw new SearchIndexUnavailableException(Status);
        var searcher = manager.Acquire();
        try
        {
            return query(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>The number of documents searchers see.</summary>
    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    public void Dispose()
    {
        CloseIndex();
        writeGate.Dispose();
    }

    private string? Untrusted(LuceneDirectory dir, long lastSeq)
    {
        try
        {
            if (!DirectoryReader.IndexExists(dir)) return "no index in the folder";
            var infos = new SegmentInfos();
            infos.Read(dir);
            var data = infos.UserData;
            if (!data.TryGetValue(SchemaKey, out var schema) || schema != SchemaVersion)
                return $"index schema {schema ?? "unknown"}, this code writes {SchemaVersion}";
            if (!data.TryGetValue(SourceKey, out var built) || built != source)
                return "built from another database";
            if (!data.TryGetValue(SeqKey, out var seqText) || !long.TryParse(seqText, CultureInfo.InvariantCulture, out var seq))
                return "no change_log position recorded";
            if (seq > lastSeq) return $"index is ahead of change_log ({seq} > {lastSeq})";
            // Reading every segment proves the files are whole; a damaged index is rebuilt, not served.
            using (var reader = DirectoryReader.Open(dir))
                _ = reader.NumDocs;
            HighWaterMark = seq;
            return null;
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidOperationException)
        {
            return "unreadable index (" + e.GetType().Name + ": " + e.Message + ")";
        }
    }

    private async Task RebuildLockedAsync(long lastSeq, CancellationToken cancellationToken)
    {
        var writer = RequireOpen();
        var watch = Stopwatch.StartNew();
        writer.DeleteAll();
        Interlocked.Exchange(ref buildDone, 0);
        Interlocked.Exchange(ref buildTotal, await places.CountAllAsync(cancellationToken));
        var count = 0;
        await foreach (var place in places.ReadAllAsync(cancellationToken))
        {
            writer.AddDocument(PlaceDocument.Create(place));
            count++;
            Interlocked.Increment(ref buildDone);
        }
        HighWaterMark = lastSeq;
        Commit(writer);
        searchers!.MaybeRefreshBlocking();
        logger.LogInformation("Search index built: {Count} documents in {Elapsed} ms", count, watch.ElapsedMilliseconds);
    }

    private async Task ApplyAsync(IndexWriter writer, IReadOnlyList<ChangeLogEntry> entries, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!long.TryParse(entry.EntityId, CultureInfo.InvariantCulture, out var id))
            {
                logger.LogWarning("change_log {Seq}: entity id '{Id}' is not a number; skipped", entry.Seq, entry.EntityId);
                continue;
            }
            var kind = entry.Entity;
            if (kind == "place_former_name")
            {
                foreach (var placeId in await changeLog.PlacesOfFormerNamesAsync([id], cancellationToken))
                    Add(ids, "place", placeId);
                continue;
            }
            if (IndexedPlaceReader.Kinds.Contains(kind)) Add(ids, kind, id);
        }

        foreach (var (kind, set) in ids)
        {
            var current = await places.ReadAsync(kind, set, cancellationToken);
            foreach (var place in current)
            {
                writer.UpdateDocument(new Term(IndexFields.Key, place.Key), PlaceDocument.Create(place));
                if (kind == "place" && place.Code is not null)
                    writer.DeleteDocuments(DivisionWithCode(place.Code));
            }
            // Rows that no longer qualify (a rejected point of interest) leave the index.
            foreach (var gone in set.Except(current.Select(p => p.Id)))
                writer.DeleteDocuments(new Term(IndexFields.Key, IndexedPlace.KeyOf(kind, gone)));
        }
    }

    private static BooleanQuery DivisionWithCode(string code) => new()
    {
        { new TermQuery(new Term(IndexFields.Kind, "division")), Occur.MUST },
        { new TermQuery(new Term(IndexFields.Code, code)), Occur.MUST },
    };

    private static void Add(Dictionary<string, HashSet<long>> ids, string kind, long id)
    {
        if (!ids.TryGetValue(kind, out var set)) ids[kind] = set = [];
        set.Add(id);
    }

    private void Commit(IndexWriter writer)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [SchemaKey] = SchemaVersion,
            [SourceKey] = source,
            [SeqKey] = HighWaterMark.ToString(CultureInfo.InvariantCulture),
        });
        writer.Commit();
    }

    private static IndexWriter NewWriter(LuceneDirectory dir, OpenMode mode) =>
        new(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, new NameGramAnalyzer()) { OpenMode = mode, RAMBufferSizeMB = 64 });

    private IndexWriter RequireOpen() => writer ?? throw new InvalidOperationException("The search index is not open: call OpenAsync first.");

    private void DeleteFolderContents()
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Folder))
            File.Delete(file);
    }

    private int? DocumentsOrNull()
    {
        if (searchers is not { } manager) return null;
        var searcher = manager.Acquire();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    private void CloseIndex()
    {
        serving = false;
        searchers?.Dispose();
        searchers = null;
        writer?.Dispose();
        writer = null;
        directory?.Dispose();
        directory = null;
    }
}
