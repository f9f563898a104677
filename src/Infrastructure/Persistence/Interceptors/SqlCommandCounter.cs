using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InfoGov.Infrastructure.Persistence.Interceptors;

/// <summary>Counts the SQL commands sent, for the benchmark's "statements per request" (read through
/// the opt-in diagnostics endpoint). One interlocked increment per command. Background work (the outbox
/// dispatcher, webhook deliveries) runs <see cref="Uncounted"/>: it belongs to no request.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<bool> Suppressed = new();
    private long _count;

    /// <summary>Commands sent from the calling flow on (until disposed) are not counted.</summary>
    public static IDisposable Uncounted()
    {
        Suppressed.Value = true;
        return new Restore();
    }

    private sealed class Restore : IDisposable
    {
        public void Dispose() => Suppressed.Value = false;
    }

    private void Count1()
    {
        if (!Suppressed.Value) Interlocked.Increment(ref _count);
    }

    public long Count => Interlocked.Read(ref _count);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count1();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count1();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count1();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count1();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count1();
        return ValueTask.FromResult(result);
    }
}
