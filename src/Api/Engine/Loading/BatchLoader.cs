using GraphQL.DataLoader;

namespace InfoGov.Api.Engine.Loading;

/// <summary>
/// Collects the keys asked for while one wave of resolvers runs and fetches them with a single
/// call when the execution strategy first awaits a result. Results are memoised for the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly object _sync = new();
    private readonly Dictionary<TKey, Batch> _batchOfKey = [];
    private Batch? _open;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_sync)
        {
            if (!_batchOfKey.TryGetValue(key, out var batch))
            {
                _open ??= new Batch(this);
                _open.Keys.Add(key);
                batch = _open;
                _batchOfKey.Add(key, batch);
            }
            return new Result(batch, key);
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        public readonly List<TKey> Keys = [];
        private Task<IReadOnlyDictionary<TKey, TValue>>? _task;

        public Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(CancellationToken cancellationToken)
        {
            lock (owner._sync)
            {
                if (_task is not null) return _task;
                if (ReferenceEquals(owner._open, this)) owner._open = null; // later keys start a new batch
                _task = owner._fetchDelegate(Keys, cancellationToken);
                return _task;
            }
        }
    }

    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetchDelegate = fetch;

    private sealed class Result(Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await batch.RunAsync(cancellationToken).ConfigureAwait(false)).TryGetValue(key, out var value) ? value : default;

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
