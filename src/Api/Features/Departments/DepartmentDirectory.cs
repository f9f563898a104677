using InfoGov.Api.Engine.Authentication;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace InfoGov.Api.Features.Departments;

/// <summary>Department ids by code for the callers' tokens. A code found is remembered for a minute, so
/// that a busy caller costs one lookup a minute rather than one a request; an unknown code is asked again.
/// A dissolved department is no caller's department: its code finds nothing. Dissolving forgets the code in
/// this instance at once; another instance may remember it for up to the minute.</summary>
public sealed class DepartmentDirectory(IServiceScopeFactory scopes, IMemoryCache cache) : IDepartmentDirectory
{
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(1);

    public async Task<Guid?> IdOfAsync(string code)
    {
        if (cache.TryGetValue(("department-code", code), out Guid known)) return known;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        var id = await db.Departments.AsNoTracking().Where(d => d.Code == code && d.DissolvedOn == null).Select(d => (Guid?)d.Id).SingleOrDefaultAsync();
        if (id is { } found) cache.Set(("department-code", code), found, Remembered);
        return id;
    }

    public void Forget(string code) => cache.Remove(("department-code", code));
}
