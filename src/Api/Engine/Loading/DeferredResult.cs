using GraphQL.DataLoader;

namespace InfoGov.Api.Engine.Loading;

/// <summary>A result computed after the batch loads it depends on; the execution strategy awaits it
/// with the other loader results of its level.</summary>
public sealed class DeferredResult(Func<CancellationToken, Task<object?>> compute) : IDataLoaderResult
{
    public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => compute(cancellationToken);
}
