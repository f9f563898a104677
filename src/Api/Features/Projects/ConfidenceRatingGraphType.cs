using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ConfidenceRatingGraphType : ObjectGraphType<ConfidenceRating>
{
    public ConfidenceRatingGraphType()
    {
        Name = "ConfidenceRating";
        Description = "One delivery confidence rating the office gave a project: the rating, the one before it, why, who and when.";
        this.IsNode();
        Field(r => r.Number).Description("1 for the project's first rating, then 2, 3...");
        Field(r => r.Rating, type: typeof(NonNullGraphType<DeliveryConfidenceGraphType>)).Description("The rating given.");
        Field(r => r.Previous, type: typeof(DeliveryConfidenceGraphType)).Description("The rating before this one; null for the first.");
        Field(r => r.Narrative).Description("Why: what the office saw and what it expects of the department.");
        Field(r => r.RatedAt).Description("When the office rated.");
        Field(r => r.RatedBy).Description("Who rated, for the office.");
        Field<ProjectGraphType>("project").Description("The project. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.Government);
    }
}
