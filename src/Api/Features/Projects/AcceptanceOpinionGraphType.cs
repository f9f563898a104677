using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class AcceptanceOpinionGraphType : ObjectGraphType<AcceptanceOpinion>
{
    public AcceptanceOpinionGraphType()
    {
        Name = "AcceptanceOpinion";
        Description = "One expert's own verdict at an acceptance, recorded by the expert; the acceptance's result follows the majority of them.";
        Field(o => o.Verdict, type: typeof(NonNullGraphType<AcceptanceResultGraphType>)).Description("What the expert concluded.");
        Field(o => o.Comment, nullable: true).Description("Why, in the expert's words.");
        Field<NonNullGraphType<ExpertGraphType>>("expert").ReadableBy(ProjectReaders.ExpertIdentities).Description("The expert who gave it.")
            .Resolve(ctx => ctx.Loaders().ById<Expert>(ctx.Source.ExpertId));
        this.ReadableBy(Readers.Government);
    }
}
