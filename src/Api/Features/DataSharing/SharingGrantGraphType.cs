using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;

namespace InfoGov.Api.Features.DataSharing;

public sealed class SharingGrantGraphType : ObjectGraphType<SharingGrant>
{
    public SharingGrantGraphType()
    {
        Name = "SharingGrant";
        Description = "The right, created by an approved request, for one department to use some items of a resource until a date. Every access is logged.";
        this.IsNode();
        Field(g => g.ValidFrom).Description("First day of the grant.");
        Field(g => g.ValidUntil).Description("Last day of the grant.");
        Field(g => g.RevokedAt, nullable: true).Description("When the grant was revoked; null if it was not.");
        Field(g => g.Version).Description("Concurrency version; changes with every edit.");
        Field<NonNullGraphType<BooleanGraphType>>("isActive").Description("True when the grant is in force today.")
            .Resolve(ctx => ctx.Source.IsActiveOn(ctx.Clock().Today));
        Field<StringGraphType>("conditions").Description("The conditions of use the entry sets (its sharingConditions), which bind the grantee; null when it sets none or the caller does not see the entry.")
            .Resolve(ctx => ctx.Loaders().ById<DataResource>(ctx.Source.ResourceId).Then(r => r?.SharingConditions));
        Field<IntGraphType>("daysRemaining").Description("Days the grant stays in force after today (0 on its last day); null when it is not in force.")
            .Resolve(ctx => ctx.Source.IsActiveOn(ctx.Clock().Today) ? ctx.Source.ValidUntil.DayNumber - ctx.Clock().Today.DayNumber : null);
        Field<NonNullGraphType<SharingRequestGraphType>>("request").ReadableBy(Readers.Government).Description("The approved request.")
            .Resolve(ctx => ctx.Loaders().ById<SharingRequest>(ctx.Source.RequestId));
        Field<DataResourceGraphType>("resource").Description("The resource granted. Null when the caller may not see the catalog entry.")
            .Resolve(ctx => ctx.Loaders().ById<DataResource>(ctx.Source.ResourceId));
        Field<NonNullGraphType<DepartmentGraphType>>("grantee").Description("The department granted.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.GranteeDepartmentId));
        this.Connection<SharingGrant, DataItemGraphType>("items", "The data items the grant covers, in order.")
            .ResolveBatched(ctx => ctx.Loaders().GrantedItems(ctx.Source.Id));
        this.Connection<SharingGrant, DataAccessLogEntryGraphType>("accessLog", "Accesses under this grant, latest first. Restricted: access logs.").ReadableBy(DataSharingReaders.AccessLogs)
            .ResolveBatched(ctx => ctx.Loaders().Children<DataAccessLogEntry>(nameof(DataAccessLogEntry.GrantId), ctx.Source.Id, e => e.OrderByDescending(x => x.AccessedAt)));
        this.ReadableBy(Readers.SharingGrants);
    }
}
