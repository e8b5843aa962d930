using GraphQL.DataLoader;

namespace MarketGraph.Api.GraphQL.Loaders;

/// <summary>
/// A request-scoped batch loader (GraphQL.DataLoader is not available here). Resolvers call <see cref="Load"/>
/// and return the result unresolved; the executor asks for values only after the whole level has been
/// resolved, and the first such request fetches every pending key in one store call. Values are cached for
/// the request, so a key is fetched at most once.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
    where TValue : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _results = [];
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> _pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_results.TryGetValue(key, out var result))
            {
                result = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _results[key] = result;
                _pending.Add(new(key, result));
            }
            return new Pending(this, result.Task);
        }
    }

    private async Task DispatchAsync(CancellationToken ct)
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> batch;
        lock (_gate)
        {
            if (_pending.Count == 0) return;
            batch = _pending;
            _pending = [];
        }
        try
        {
            var values = await fetch(batch.Select(p => p.Key).ToList(), ct);
            foreach (var (key, result) in batch) result.TrySetResult(values.GetValueOrDefault(key));
        }
        catch (Exception e)
        {
            foreach (var (_, result) in batch) result.TrySetException(e);
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, Task<TValue?> value) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!value.IsCompleted) await loader.DispatchAsync(cancellationToken);
            return await value;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
