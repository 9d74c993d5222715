namespace CivilAffairs.Gazetteer.Api.Tiles;

/// <summary>
/// Reads the data version (the ETag of every tile) for many concurrent tile requests at once. A read
/// answers only the requests that arrived before it started, so each request still sees every write
/// committed before it arrived (a write followed by a request for the tile gets the new ETag), yet at
/// 32 clients one query serves all the requests that came in while the previous one was running,
/// instead of one query per tile.
/// </summary>
internal sealed class DataVersionReads(Func<CancellationToken, Task<long>> read)
{
    private readonly Lock gate = new();

    /// <summary>Whether a read is running now.</summary>
    private bool running;

    /// <summary>The requests that arrived while a read was running: the next read answers them.</summary>
    private TaskCompletionSource<long>? waiting;

    public Task<long> CurrentAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource<long> answer;
        lock (gate)
        {
            if (running)
            {
                waiting ??= new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                return waiting.Task.WaitAsync(cancellationToken);
            }
            running = true;
            answer = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        _ = ReadForAsync(answer);
        return answer.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Reads for one group of requests, then for the group that gathered meanwhile, until none did.</summary>
    private async Task ReadForAsync(TaskCompletionSource<long> answer)
    {
        while (true)
        {
            try
            {
                // Not the request's token: one client going away must not fail the others' read.
                answer.SetResult(await read(CancellationToken.None));
            }
            catch (Exception e)
            {
                answer.SetException(e);
            }
            lock (gate)
            {
                if (waiting is null)
                {
                    running = false;
                    return;
                }
                answer = waiting;
                waiting = null;
            }
        }
    }
}
