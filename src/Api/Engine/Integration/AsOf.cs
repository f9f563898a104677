using GraphQL;
using GraphQL.Builders;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Loading;
using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;
using InfoGov.Infrastructure.Persistence.History;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Engine.Integration;

/// <summary>
/// Point-in-time reads: an object that keeps history (<see cref="IKeepsHistory"/>) as it was at a past
/// instant. Its own fields are those of that instant; the objects it leads to are read as they are now.
/// The caller must see the object now and its state of then (row rules applied to that state); the
/// argument is for government users and dashboards, who read the internal record.
/// </summary>
public static class AsOf
{
    public const string Argument = "asOf";

    public static readonly Access Readers = Access.Government.And(Roles.Dashboard);

    public static FieldBuilder<TSource, TReturn> WithAsOf<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<GraphQL.Types.DateTimeGraphType>(Argument,
            $"Read the object as it was at this instant (ISO 8601 with offset): null when it did not exist yet. {Readers.Describe()}");

    /// <summary>The instant asked for, or null; refused for callers the argument is not for.</summary>
    public static DateTimeOffset? InstantOf(IResolveFieldContext context)
    {
        if (context.GetArgument<DateTimeOffset?>(Argument) is not { } instant) return null;
        if (!Readers.Admits(context.Caller()))
            throw new ExecutionError($"The argument '{Argument}' may not be used by this caller. {Readers.Describe()}") { Code = ErrorCodes.NotAuthorized };
        return instant;
    }

    /// <summary>The object as it was at <paramref name="instant"/>, if the caller sees it now; null when it
    /// did not exist then. An object with no kept state at all (unchanged since before history was kept)
    /// is read as it is.</summary>
    public static async Task<T?> LoadAsync<T>(Loaders loaders, Guid id, DateTimeOffset instant, CancellationToken cancellationToken) where T : Entity
    {
        if (!await loaders.Visible<T>().AnyAsync(e => e.Id == id, cancellationToken)) return null;
        var versions = loaders.Db.HistoricalVersions.AsNoTracking().Where(v => v.EntityId == id);
        var version = await versions.Where(v => v.ValidFrom <= instant && (v.ValidTo == null || v.ValidTo > instant))
            .OrderByDescending(v => v.ValidFrom).FirstOrDefaultAsync(cancellationToken);
        if (version is not null)
        {
            // Seen now is not enough: the state of then must be one the caller may see (a plan approved since
            // was a draft of its department then; a project published since was unpublished for a dashboard).
            var then = EntitySnapshot.Restore<T>(loaders.Db, version.State);
            return then is not null && new[] { then }.AsQueryable().VisibleTo(loaders.Caller, loaders.Db).Any() ? then : null;
        }
        if (await versions.AnyAsync(cancellationToken)) return null;
        return await loaders.Visible<T>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
    }
}
