using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.SharedState;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace InfoGov.Api.Features.Departments;

/// <summary>Department ids by code for the callers' tokens. A code found is remembered for a minute, so
/// that a busy caller costs one lookup a minute rather than one a request; an unknown code is asked again.
/// A dissolved department is no caller's department: its code finds nothing. Dissolving forgets the code in
/// every instance at once where the deployment shares a Redis; otherwise another instance may remember it for up
/// to the minute.</summary>
public sealed class DepartmentDirectory : IDepartmentDirectory
{
    private const string CacheName = "department-code";
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(1);
    private readonly IServiceScopeFactory _scopes;
    private readonly IMemoryCache _cache;
    private readonly ICacheInvalidation _invalidation;

    public DepartmentDirectory(IServiceScopeFactory scopes, IMemoryCache cache, ICacheInvalidation invalidation)
    {
        _scopes = scopes;
        _cache = cache;
        _invalidation = invalidation;
        _invalidation.OnForget(CacheName, code => _cache.Remove((CacheName, code)));
    }

    public async Task<Guid?> IdOfAsync(string code)
    {
        if (_cache.TryGetValue((CacheName, code), out Guid known)) return known;
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        var id = await db.Departments.AsNoTracking().Where(d => d.Code == code && d.DissolvedOn == null).Select(d => (Guid?)d.Id).SingleOrDefaultAsync();
        if (id is { } found) _cache.Set((CacheName, code), found, Remembered);
        return id;
    }

    public void Forget(string code) => _invalidation.Forget(CacheName, code);
}
