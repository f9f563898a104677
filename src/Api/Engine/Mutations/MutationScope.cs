using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Errors;
using InfoGov.Domain.Common;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Engine.Mutations;

/// <summary>What a mutation body works with: the unit of work, the caller, the clock, and the checks
/// every mutation needs (the object exists, its version is current, the caller may act on its department).</summary>
public sealed class MutationScope(InfoGovDbContext db, Caller caller, Access access, Guid? callerDepartmentId, DateTimeOffset now, DateOnly today)
{
    public InfoGovDbContext Db { get; } = db;
    public Caller Caller { get; } = caller;
    public DateTimeOffset Now { get; } = now;
    /// <summary>Today in the deployment's time zone (<see cref="Clock"/>), for every date a mutation records or checks.</summary>
    public DateOnly Today { get; } = today;

    /// <summary>The name decisions are recorded under.</summary>
    public string Actor => Caller.Name ?? Caller.ObjectId ?? "unknown";

    /// <summary>The role the caller acts under: the first of its roles the mutation admits.</summary>
    public string? RoleUsed => access.Grants.Select(g => g.Role).FirstOrDefault(Caller.Roles.Contains);

    /// <summary>The id of the caller's department, or null.</summary>
    public Guid? CallerDepartmentId { get; } = callerDepartmentId;

    /// <summary>The tracked entity behind a global id of its type, or NOT_FOUND on <paramref name="field"/>.</summary>
    public Task<T> FindAsync<T>(string globalId, string field, CancellationToken cancellationToken) where T : Entity =>
        FindAsync<T>(MutationContextExtensions.IdOf(globalId, typeof(T).Name, field), field, cancellationToken);

    /// <summary>The tracked entity with this id, or NOT_FOUND on <paramref name="field"/>.</summary>
    public async Task<T> FindAsync<T>(Guid id, string field, CancellationToken cancellationToken) where T : Entity =>
        await Db.Set<T>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
        ?? throw new MutationRefusal(new UserError(UserError.NotFound, $"No {typeof(T).Name} has this id.", field));

    /// <summary>Refuses with CONFLICT, naming the current version, unless the caller edited the current one.</summary>
    public void RequireVersion(VersionedEntity entity, int version)
    {
        if (entity.Version != version)
            throw new MutationRefusal(new UserError(UserError.Conflict,
                $"The {entity.GetType().Name} was changed by someone else (version {entity.Version}, you sent {version}). Reload it and retry.", "version")
            { CurrentVersion = entity.Version });
    }

    /// <summary>Refuses with NOT_PERMITTED unless the caller may act on this object: the department it
    /// declares it belongs to, the same rule as "own department" reads.</summary>
    public void RequireDepartment(IBelongsToDepartment target) => RequireDepartment(target.DepartmentId);

    /// <summary>Refuses with NOT_PERMITTED unless the caller may act on objects of this department.</summary>
    public void RequireDepartment(Guid departmentId) => RequireDepartment([departmentId]);

    /// <summary>Refuses with NOT_PERMITTED unless the caller may act on objects of one of these departments
    /// (a system its owner and its operator both keep).</summary>
    public void RequireDepartment(ISharedByDepartments target) => RequireDepartment(target.DepartmentIds);

    private void RequireDepartment(IReadOnlyCollection<Guid> departmentIds)
    {
        if (access.AdmitsEverywhere(Caller)) return;
        if (access.Admits(Caller) && CallerDepartmentId is { } own && departmentIds.Contains(own)) return;
        throw new MutationRefusal(new UserError(UserError.NotPermitted,
            $"Only {access.Describe()["Readable by: ".Length..].TrimEnd('.')} may do this here."));
    }

    /// <summary>The caller's department, for what is done in its name (a request, an entry, an access);
    /// one refusal for a token that names no department known here.</summary>
    public Guid RequireCallerDepartment() => CallerDepartmentId
        ?? throw new MutationRefusal(new UserError(UserError.NotPermitted,
            "This is done for the caller's department, and the token names no department known here."));

    /// <summary>
    /// The one way uniqueness is checked: refuses with <paramref name="code"/> on <paramref name="field"/>
    /// when <paramref name="existing"/> finds a row. Two writers racing past it meet the database's unique
    /// index, which the runner answers with CONFLICT; nothing is half-written either way.
    /// </summary>
    public async Task RequireNoneAsync<T>(IQueryable<T> existing, string code, string message, string field, CancellationToken cancellationToken)
    {
        if (await existing.AnyAsync(cancellationToken)) throw new MutationRefusal(new UserError(code, message, field));
    }
}
