using InfoGov.Domain.Common;
using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Infrastructure.Persistence.Interceptors;

/// <summary>The audit trail and the data access log are append-only: a save that would change or
/// delete one of their entries fails.</summary>
public sealed class AuditTrailGuard : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        if (context.ChangeTracker.Entries().Any(e => e.Entity is AuditEntry or DataAccessLogEntry && e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Audit entries and access log entries are append-only: they are never changed or deleted.");
    }
}
