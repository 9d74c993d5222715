using CivilAffairs.Gazetteer.Api.Tiles;

namespace CivilAffairs.Gazetteer.Api.Tests.Tiles;

/// <summary>
/// Concurrent tile requests share data-version reads, but a request is never answered by a read
/// that started before it arrived (it could miss a write committed just before the request).
/// </summary>
public sealed class DataVersionReadsTests
{
    /// <summary>A stand-in for the database read: each read waits until the test answers it.</summary>
    private sealed class ScriptedReads
    {
        private readonly List<TaskCompletionSource<long>> started = [];

        public int Count { get { lock (started) return started.Count; } }

        public Task<long> ReadAsync(CancellationToken cancellationToken)
        {
            var read = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (started) started.Add(read);
            return read.Task;
        }

        public void Answer(int read, long version) => Started(read).SetResult(version);

        public void Fail(int read, Exception e) => Started(read).SetException(e);

        private TaskCompletionSource<long> Started(int read)
        {
            lock (started) return started[read];
        }
    }

    [Fact]
    public async Task RequestsArrivingDuringARunningReadShareTheNextReadNotTheRunningOne()
    {
        var reads = new ScriptedReads();
        var versions = new DataVersionReads(reads.ReadAsync);

        var first = versions.CurrentAsync(CancellationToken.None);
        var later = Enumerable.Range(0, 31).Select(_ => versions.CurrentAsync(CancellationToken.None)).ToList();
        Assert.Equal(1, reads.Count);

        // The running read saw the data before the later requests arrived: it answers the first only.
        reads.Answer(0, 41);
        Assert.Equal(41, await first);
        await WaitUntilAsync(() => reads.Count == 2);
        Assert.All(later, t => Assert.False(t.IsCompleted));

        reads.Answer(1, 42);
        Assert.All(await Task.WhenAll(later), v => Assert.Equal(42, v));
        Assert.Equal(2, reads.Count);

        // Nothing running: the next request starts a read of its own at once.
        var next = versions.CurrentAsync(CancellationToken.None);
        Assert.Equal(3, reads.Count);
        reads.Answer(2, 43);
        Assert.Equal(43, await next);
    }

    [Fact]
    public async Task AFailedReadFailsItsRequestsAndTheNextRequestReadsAgain()
    {
        var reads = new ScriptedReads();
        var versions = new DataVersionReads(reads.ReadAsync);

        var failing = versions.CurrentAsync(CancellationToken.None);
        reads.Fail(0, new TimeoutException("database away"));
        var error = await Assert.ThrowsAsync<TimeoutException>(() => failing);
        Assert.Equal("database away", error.Message);

        var again = versions.CurrentAsync(CancellationToken.None);
        await WaitUntilAsync(() => reads.Count == 2);
        reads.Answer(1, 7);
        Assert.Equal(7, await again);
    }

    [Fact]
    public async Task ARequestThatGoesAwayStopsWaitingWithoutFailingTheOthers()
    {
        var reads = new ScriptedReads();
        var versions = new DataVersionReads(reads.ReadAsync);
        using var leaving = new CancellationTokenSource();

        var staying = versions.CurrentAsync(CancellationToken.None);
        var gone = versions.CurrentAsync(leaving.Token);
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gone);

        reads.Answer(0, 5);
        Assert.Equal(5, await staying);
    }

    /// <summary>The next read starts on the thread that finished the previous one: wait for it, boundedly.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
            await Task.Delay(10);
        Assert.True(condition());
    }
}
