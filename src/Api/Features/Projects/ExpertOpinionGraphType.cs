using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ExpertOpinionGraphType : ObjectGraphType<ExpertOpinion>
{
    public ExpertOpinionGraphType()
    {
        Name = "ExpertOpinion";
        Description = "One panel member's written opinion on a submission. While the review is open, only the office and the experts on that panel find it, on every path (node and nodes included).";
        this.IsNode();
        Field(o => o.Recommendation, type: typeof(NonNullGraphType<ReviewConclusionGraphType>)).Description("What the expert recommends.");
        Field(o => o.Opinion).Description("The written opinion.");
        Field(o => o.SubmittedAt).Description("When it was recorded.");
        Field<NonNullGraphType<ExpertGraphType>>("expert").Description("The expert who gave it.")
            .Resolve(ctx => ctx.Loaders().ById<Expert>(ctx.Source.ExpertId));
        Field<NonNullGraphType<ReviewPanelGraphType>>("panel").Description("The panel it was given on.")
            .Resolve(ctx => ctx.Loaders().ById<ReviewPanel>(ctx.Source.PanelId));
        // Which opinions a caller finds at all is row visibility (RowVisibility), applied on every path.
        this.ReadableBy(Readers.Government);
    }
}
