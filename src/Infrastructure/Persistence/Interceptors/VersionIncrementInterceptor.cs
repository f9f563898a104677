using InfoGov.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InfoGov.Infrastructure.Persistence.Interceptors;

/// <summary>Increments <see cref="VersionedEntity.Version"/> of every modified entity on save. The
/// original value stays the concurrency token in the UPDATE's WHERE clause, so a concurrent
/// writer holding the same version gets a concurrency failure instead of overwriting.</summary>
public sealed class VersionIncrementInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Increment(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Increment(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Increment(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries<VersionedEntity>())
            if (entry.State == EntityState.Modified)
                entry.Entity.IncrementVersion();
    }
}
