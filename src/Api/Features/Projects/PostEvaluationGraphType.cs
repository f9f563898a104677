using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class PostEvaluationGraphType : ObjectGraphType<PostEvaluation>
{
    public PostEvaluationGraphType()
    {
        Name = "PostEvaluation";
        Description = "The evaluation of a delivered system after stable operation.";
        this.IsNode();
        Field(e => e.EvaluatedOn).Description("When the evaluation was made.");
        Field(e => e.QualityScore).Description("Engineering quality score, 0-100.");
        Field(e => e.OperatingStatus, type: typeof(NonNullGraphType<OperatingStatusGraphType>)).Description("How the system is running.");
        Field(e => e.ReturnOnInvestment, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Return on investment as a ratio: 0.15 is 15%.");
        Field(e => e.Conclusion, type: typeof(NonNullGraphType<EvaluationConclusionGraphType>)).Description("What to do with the system.");
        Field(e => e.Summary, nullable: true).Description("Summary of the evaluation.");
        Field<ProjectGraphType>("project").Description("The project evaluated. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.Government);
    }
}
