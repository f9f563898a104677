namespace InfoGov.Api.Tests.TestHost;

/// <summary>The SQL commands the host sent since the last <see cref="Reset"/>, read from the API's own
/// counting interceptor, to prove that batching holds.</summary>
public sealed class SqlCommandCounter(Func<InfoGov.Infrastructure.Persistence.Interceptors.SqlCommandCounter> counter)
{
    private long _baseline;

    public int Count => (int)(counter().Count - Interlocked.Read(ref _baseline));

    public void Reset() => Interlocked.Exchange(ref _baseline, counter().Count);
}
