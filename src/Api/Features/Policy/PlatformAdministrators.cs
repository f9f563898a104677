using InfoGov.Api.Engine.Authentication;
using InfoGov.Domain.Leadership;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace InfoGov.Api.Features.Policy;

/// <summary>Whether an account is a recorded platform administrator. The answer, yes or no, is remembered for a
/// minute per account, so that a busy caller costs one lookup a minute.</summary>
public sealed class PlatformAdministrators(IServiceScopeFactory scopes, IMemoryCache cache) : IPlatformAdministrators
{
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(1);

    public async Task<bool> IsAdministratorAsync(Guid accountObjectId)
    {
        if (cache.TryGetValue(("platform-administrator", accountObjectId), out bool known)) return known;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        var found = await db.Set<PlatformAdministrator>().AsNoTracking().AnyAsync(a => a.AccountObjectId == accountObjectId);
        cache.Set(("platform-administrator", accountObjectId), found, Remembered);
        return found;
    }
}
