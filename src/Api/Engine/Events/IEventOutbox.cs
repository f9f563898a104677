using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Engine.Events;

/// <summary>Writes the events a mutation's domain methods raised into the outbox, in the mutation's
/// own transaction (the notifications feature does; the mutation runner asks it before saving).</summary>
public interface IEventOutbox
{
    /// <returns>Whether anything was written: the dispatcher is woken after the commit only then.</returns>
    Task<bool> RecordAsync(InfoGovDbContext db, DateTimeOffset now, CancellationToken cancellationToken);
}
