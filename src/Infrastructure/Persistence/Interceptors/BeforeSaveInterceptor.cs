using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InfoGov.Infrastructure.Persistence.Interceptors;

/// <summary>A check or change on the tracked entities just before EF Core writes them, the same for
/// synchronous and asynchronous saves, so no save path can skip it.</summary>
public abstract class BeforeSaveInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) BeforeSave(context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) BeforeSave(context);
        return ValueTask.FromResult(result);
    }

    protected abstract void BeforeSave(DbContext context);
}
