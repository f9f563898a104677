using GraphQL.DataLoader;

namespace InfoGov.Api.Engine.Loading;

/// <summary>Composition of loader results without awaiting them in the resolver, so batching is kept.</summary>
public static class LoaderResults
{
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> source, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(source, map);

    /// <summary>Two results combined once both are in; both loads are queued before either is read, so each still batches.</summary>
    public static IDataLoaderResult<TOut> With<T1, T2, TOut>(this IDataLoaderResult<T1> first, IDataLoaderResult<T2> second, Func<T1, T2, TOut> map) =>
        new Combined<T1, T2, TOut>(first, second, map);

    /// <summary>The values of several results once all are in, nulls (what the caller may not see) left out; all are queued before any is read.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> AllOf<T>(IReadOnlyList<IDataLoaderResult<T?>> results) where T : class => new All<T>(results);

    /// <summary>True for a result made by <see cref="Known{T}"/>: reading it starts no fetch.</summary>
    public static bool IsKnown(IDataLoaderResult result) => result.GetType().IsGenericType && result.GetType().GetGenericTypeDefinition() == typeof(KnownResult<>);

    /// <summary>A result that is already known.</summary>
    public static IDataLoaderResult<T> Known<T>(T value) => new KnownResult<T>(value);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await source.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class Combined<T1, T2, TOut>(IDataLoaderResult<T1> first, IDataLoaderResult<T2> second, Func<T1, T2, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var one = await first.GetResultAsync(cancellationToken).ConfigureAwait(false);
            return map(one, await second.GetResultAsync(cancellationToken).ConfigureAwait(false));
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class All<T>(IReadOnlyList<IDataLoaderResult<T?>> results) : IDataLoaderResult<IReadOnlyList<T>> where T : class
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<T>(results.Count);
            foreach (var result in results)
                if (await result.GetResultAsync(cancellationToken).ConfigureAwait(false) is { } value) values.Add(value);
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class KnownResult<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}
