using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class BaselineRevisionGraphType : ObjectGraphType<BaselineRevision>
{
    public BaselineRevisionGraphType()
    {
        Name = "BaselineRevision";
        Description = "One version of a project's baseline: revision 1 is the plan fixed on approval, each later one the plan of an approved change request. Revisions are never replaced.";
        Field(r => r.Revision).Description("1 for the original baseline, then one more for each approved change.");
        Field<NonNullGraphType<ProjectPlanGraphType>>("plan").Description("The baseline of this revision (the new values).")
            .Resolve(ctx => ctx.Source.Plan);
        Field<ProjectPlanGraphType>("replaced").Description("The baseline this revision replaced (the old values): the previous revision's plan; null for the original, or when the previous revision was not kept (approved before revisions were recorded).")
            .Resolve(ctx => ctx.Loaders().Children<BaselineRevision>(nameof(BaselineRevision.ProjectId), ctx.Source.ProjectId)
                .Then(list => list.FirstOrDefault(r => r.Revision == ctx.Source.Revision - 1)?.Plan));
        Field(r => r.ApprovedAt).Description("When it was approved.");
        Field(r => r.ApprovedBy, nullable: true).Description("Who approved it; null for revisions recovered from data kept before deciders were recorded.");
        Field<ChangeRequestGraphType>("changeRequest").Description("The approved change request that made this revision; null for the original.")
            .Resolve(ctx => ctx.Loaders().ById<ChangeRequest>(ctx.Source.ChangeRequestId));
        this.ReadableBy(Readers.Government);
    }
}
