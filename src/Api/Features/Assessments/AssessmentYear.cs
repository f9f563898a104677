using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Assessments;

namespace InfoGov.Api.Features.Assessments;

/// <summary>A year's assessments, as a run or a publication leaves them.</summary>
public sealed record AssessmentYear(int Year, IReadOnlyList<Assessment> Assessments);

public sealed class AssessmentYearGraphType : ObjectGraphType<AssessmentYear>
{
    public AssessmentYearGraphType()
    {
        Name = "AssessmentYear";
        Description = "The assessments of one year.";
        Field(y => y.Year).Description("The year assessed.");
        Field<NonNullGraphType<IntGraphType>>("unscored").Description("Departments without a score: none of their indicators could be scored.")
            .Resolve(ctx => ctx.Source.Assessments.Count(a => a.Score is null));
        this.Connection<AssessmentYear, AssessmentGraphType>("assessments", "The departments' assessments, best rank first, unscored last.")
            .ResolveBatched(ctx => LoaderResults.Known<IReadOnlyList<Assessment>>(ctx.Source.Assessments.OrderBy(a => a.Rank ?? int.MaxValue).ToList()));
        this.ReadableBy(Readers.Office);
    }
}
