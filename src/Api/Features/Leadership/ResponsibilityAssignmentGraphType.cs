using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Leadership;

namespace InfoGov.Api.Features.Leadership;

public sealed class ResponsibilityAssignmentGraphType : ObjectGraphType<ResponsibilityAssignment>
{
    public ResponsibilityAssignmentGraphType()
    {
        Name = "ResponsibilityAssignment";
        Description = "Who holds one informatization responsibility of a department, and since when.";
        this.IsNode();
        Field(a => a.Kind, type: typeof(NonNullGraphType<ResponsibilityKindGraphType>)).Description("The responsibility.");
        Field(a => a.ValidFrom).Description("First day the assignment is in force.");
        Field(a => a.ValidTo, nullable: true).Description("Last day the assignment is in force; null while open-ended.");
        Field(a => a.Version).Description("Concurrency version; changes with every edit.");
        Field<NonNullGraphType<DepartmentGraphType>>("department").Description("The department whose responsibility this is.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.DepartmentId));
        Field<NonNullGraphType<OfficialGraphType>>("holder").Description("The official who holds the responsibility.")
            .Resolve(ctx => ctx.Loaders().ById<Official>(ctx.Source.HolderId));
        this.Connection<ResponsibilityAssignment, DelegationGraphType>("delegations", "Delegations of this responsibility, latest first.")
            .ResolveBatched(ctx => ctx.Loaders().Children<Delegation>(nameof(Delegation.AssignmentId), ctx.Source.Id, d => d.OrderByDescending(x => x.ValidFrom)));
        this.Connection<ResponsibilityAssignment, FulfilmentRecordGraphType>("fulfilments", "Evidence that the responsibility was exercised, latest first.")
            .ResolveBatched(ctx => ctx.Loaders().Children<FulfilmentRecord>(nameof(FulfilmentRecord.AssignmentId), ctx.Source.Id, f => f.OrderByDescending(x => x.FulfilledOn)));
        this.ReadableBy(Readers.Government);
    }
}
