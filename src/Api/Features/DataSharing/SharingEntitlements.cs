using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>What the calling department may do with other departments' data, in one place (as an exchange security
/// server lists the services a client may call): the grants it holds, what it reads without one, and what it may ask
/// for next. Always the caller's own department; a caller without one holds nothing.</summary>
public sealed record SharingEntitlements(Guid? DepartmentId);

/// <summary><c>myGrants</c> and <c>allowedOperations</c>.</summary>
public static class SharingEntitlementQueries
{
    /// <summary>Who asks: government users and exchange systems, each about its own department.</summary>
    public static readonly Access Askers = Access.Government.And(Roles.DataExchange);

    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, SharingGrantGraphType>("myGrants", "The grants the caller's department holds on other departments' entries, the soonest to end first.")
            .ReadableBy(Readers.SharingGrants)
            .Argument<BooleanGraphType>("activeOnly", "Only grants in force today (default true); false adds revoked and lapsed ones.")
            .ResolveQuery(ctx => Held(ctx, ctx.Caller().DepartmentId, ctx.GetArgument("activeOnly", true)));
        query.Field<NonNullGraphType<AllowedOperationsGraphType>>("allowedOperations")
            .ReadableBy(Askers)
            .Description("What the caller's department may do with other departments' data: read under its grants, read entries shared unconditionally, and request conditional entries (or items) it holds no grant for.")
            .Resolve(ctx => new SharingEntitlements(ctx.Caller().DepartmentId));
    }

    /// <summary>The grants <paramref name="department"/> holds, in force today only when <paramref name="activeOnly"/>.</summary>
    internal static IQueryable<SharingGrant> Held(IResolveFieldContext context, Guid? department, bool activeOnly)
    {
        var grants = context.Loaders().Visible<SharingGrant>().Where(g => department != null && g.GranteeDepartmentId == department);
        if (activeOnly)
        {
            var today = context.Clock().Today;
            grants = grants.Where(g => g.RevokedAt == null && g.ValidFrom <= today && g.ValidUntil >= today);
        }
        return grants.OrderBy(g => g.ValidUntil).ThenBy(g => g.Id);
    }
}

public sealed class AllowedOperationsGraphType : ObjectGraphType<SharingEntitlements>
{
    public AllowedOperationsGraphType()
    {
        Name = "AllowedOperations";
        Description = "What a department may do with other departments' data today.";
        Field<DepartmentGraphType>("department").Description("The caller's department; null for a caller without one (who then holds nothing).")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.DepartmentId));
        this.Connection<SharingEntitlements, SharingGrantGraphType>("readUnderGrant", "Grants in force: the entry, the items, the conditions and until when each may be read (recordDataAccess under it).")
            .ResolveQuery(ctx => SharingEntitlementQueries.Held(ctx, ctx.Source.DepartmentId, activeOnly: true));
        this.Connection<SharingEntitlements, DataResourceGraphType>("readWithoutGrant", "Other departments' published entries shared unconditionally: read without a grant, every access logged.")
            .ResolveQuery(ctx =>
            {
                var own = ctx.Source.DepartmentId;
                return ctx.Loaders().Visible<DataResource>()
                    .Where(r => own != null && r.ProviderDepartmentId != own && r.Status == CatalogStatus.Published && r.SharingType == SharingType.Unconditional)
                    .OrderBy(r => r.Code);
            });
        this.Connection<SharingEntitlements, DataResourceGraphType>("mayRequest",
                "Other departments' published conditional entries with a shared item no grant in force covers, and no request of the department pending: what submitSharingRequest may ask for next.")
            .ResolveQuery(ctx =>
            {
                var own = ctx.Source.DepartmentId;
                var today = ctx.Clock().Today;
                var db = ctx.Loaders().Db;
                return ctx.Loaders().Visible<DataResource>()
                    .Where(r => own != null && r.ProviderDepartmentId != own && r.Status == CatalogStatus.Published && r.SharingType == SharingType.Conditional
                        && !db.SharingRequests.Any(q => q.ResourceId == r.Id && q.RequesterDepartmentId == own && q.Status == SharingRequestStatus.Pending)
                        && db.DataItems.Any(i => i.ResourceId == r.Id && i.IsShared
                            && !db.SharingGrants.Any(g => g.ResourceId == r.Id && g.GranteeDepartmentId == own && g.RevokedAt == null && g.ValidFrom <= today && g.ValidUntil >= today
                                && db.GrantItems.Any(gi => gi.GrantId == g.Id && gi.DataItemId == i.Id))))
                    .OrderBy(r => r.Code);
            });
        this.ReadableBy(Access.Inherited);
    }
}
