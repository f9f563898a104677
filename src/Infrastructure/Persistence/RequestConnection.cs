using Microsoft.EntityFrameworkCore;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>
/// One open connection for a whole request, on SQLite only. EF Core opens and closes the connection
/// around every query, and on SQLite each opening registers EF's SQL functions on it again (holding
/// it open cut the benchmark's small query by about a tenth of its CPU). The pooled context closes
/// the connection when it goes back to the pool.
/// The server providers keep opening per query: there opening is a pool lookup, and a connection EF
/// opened itself is one its retry strategy may reopen after a transient fault.
/// </summary>
public static class RequestConnection
{
    public static Task HoldForRequestAsync(this InfoGovDbContext db, CancellationToken cancellationToken) =>
        db.Database.IsSqlite() ? db.Database.OpenConnectionAsync(cancellationToken) : Task.CompletedTask;
}
