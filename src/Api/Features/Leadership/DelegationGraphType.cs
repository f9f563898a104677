using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Projects;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Leadership;

public sealed class DelegationGraphType : ObjectGraphType<Delegation>
{
    public DelegationGraphType()
    {
        Name = "Delegation";
        Description = "A responsibility handed by its holder to another official (e.g. contract signing to the information manager) for a period.";
        this.IsNode();
        Field(d => d.Scope).Description("What exactly is delegated.");
        Field(d => d.ValidFrom).Description("First day of the delegation.");
        Field(d => d.ValidTo).Description("Last day of the delegation.");
        Field(d => d.RevokedAt, nullable: true).Description("When the delegation was revoked; null if it was not.");
        Field<MoneyGraphType>("signingLimit").Description("For contract signing: the largest contract the delegate signs; a delegation without one covers no contract.")
            .Resolve(ctx => ctx.Source.SigningLimit);
        Field<ProjectGraphType>("project").Description("For contract signing: the one project the delegate signs for; null for any project of the department, or when the caller may not see it.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        Field(d => d.Version).Description("Concurrency version; changes with every edit.");
        Field<NonNullGraphType<BooleanGraphType>>("isValidToday").Description("True when the delegation is in force today and not revoked.")
            .Resolve(ctx => ctx.Source.IsValidOn(ctx.RequestServices!.GetRequiredService<Clock>().Today));
        Field<NonNullGraphType<ResponsibilityAssignmentGraphType>>("assignment").Description("The responsibility delegated.")
            .Resolve(ctx => ctx.Loaders().ById<ResponsibilityAssignment>(ctx.Source.AssignmentId));
        Field<NonNullGraphType<OfficialGraphType>>("delegate").Description("The official the responsibility is delegated to.")
            .Resolve(ctx => ctx.Loaders().ById<Official>(ctx.Source.DelegateId));
        this.ReadableBy(Readers.Government);
    }
}
