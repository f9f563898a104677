using InfoGov.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Infrastructure.Persistence.Interceptors;

/// <summary>Increments <see cref="VersionedEntity.Version"/> of every modified entity on save. The
/// original value stays the concurrency token in the UPDATE's WHERE clause, so a concurrent
/// writer holding the same version gets a concurrency failure instead of overwriting.</summary>
public sealed class VersionIncrementInterceptor : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries<VersionedEntity>())
            if (entry.State == EntityState.Modified)
                entry.Entity.IncrementVersion();
    }
}
