using System.Collections.Concurrent;

namespace MarketGraph.Crawlers.Fetching;

/// <summary>Per-host politeness: at most N requests in flight and a delay between the starts of two requests.</summary>
public sealed class HostThrottle(TimeProvider time)
{
    private sealed class HostState(int concurrency)
    {
        public readonly SemaphoreSlim Slots = new(concurrency, concurrency);
        public readonly SemaphoreSlim Gate = new(1, 1);
        public long NextStartTicks = DateTimeOffset.MinValue.UtcTicks; // UTC ticks, so a reader outside the gate never sees half a value
    }

    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When the next request to the URL's host may start (null before the first one).</summary>
    public DateTimeOffset? NextStart(Uri url) => _hosts.TryGetValue(url.Authority, out var state)
        ? new DateTimeOffset(Volatile.Read(ref state.NextStartTicks), TimeSpan.Zero)
        : null;

    public async Task<IDisposable> EnterAsync(Uri url, TimeSpan delay, int concurrency, CancellationToken ct)
    {
        var state = _hosts.GetOrAdd(url.Authority, _ => new HostState(Math.Max(1, concurrency)));
        await state.Slots.WaitAsync(ct);
        try
        {
            await state.Gate.WaitAsync(ct);
            try
            {
                var wait = new DateTimeOffset(state.NextStartTicks, TimeSpan.Zero) - time.GetUtcNow();
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct);
                Volatile.Write(ref state.NextStartTicks, (time.GetUtcNow() + delay).UtcTicks);
            }
            finally
            {
                state.Gate.Release();
            }
        }
        catch
        {
            state.Slots.Release();
            throw;
        }
        return new Release(state.Slots);
    }

    private sealed class Release(SemaphoreSlim slots) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) slots.Release();
        }
    }
}
