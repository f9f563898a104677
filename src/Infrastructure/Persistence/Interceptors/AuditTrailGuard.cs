using InfoGov.Domain.Common;
using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InfoGov.Infrastructure.Persistence.Interceptors;

/// <summary>The audit trail and the data access log are append-only: a save that would change or
/// delete one of their entries fails.</summary>
public sealed class AuditTrailGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context?.ChangeTracker.Entries().Any(e => e.Entity is AuditEntry or DataAccessLogEntry && e.State is EntityState.Modified or EntityState.Deleted) == true)
            throw new InvalidOperationException("Audit entries and access log entries are append-only: they are never changed or deleted.");
    }
}
