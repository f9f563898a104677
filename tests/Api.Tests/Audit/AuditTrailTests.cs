using InfoGov.Api.Tests.TestHost;
using InfoGov.Domain.Common;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Api.Tests.Audit;

/// <summary>The audit trail cannot be rewritten, not even from inside the application.</summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly InfoGovApiFactory _factory = new();

    public async Task InitializeAsync() =>
        await _factory.OfficeClient().PostQueryAsync("mutation { cancelProject(input: { id: \"bm9wZQ==\", version: 1, reason: \"x\" }) { errors { code } } }");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Audit_entries_cannot_be_changed_or_deleted()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        var entry = await db.AuditEntries.FirstAsync();
        Assert.Equal(AuditOutcome.Refused, entry.Outcome);

        db.Entry(entry).Property(e => e.Details).CurrentValue = "rewritten";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
