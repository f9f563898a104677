using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Assessments;
using InfoGov.Domain.Departments;

namespace InfoGov.Api.Features.Assessments;

public sealed class AssessmentGraphType : ObjectGraphType<Assessment>
{
    public AssessmentGraphType()
    {
        Name = "Assessment";
        Description = "A department's yearly informatization assessment. Scores are restricted until published.";
        this.IsNode();
        Field(a => a.Year).Description("The year assessed.");
        Field(a => a.Score, type: typeof(DecimalGraphType)).ReadableBy(AssessmentReaders.AssessmentResults).Description("Score out of 100 over the indicators that could be scored (their points as a share of their weights); null while none is.");
        Field(a => a.Rank, nullable: true).ReadableBy(AssessmentReaders.AssessmentResults).Description("Rank among the departments scored that year, 1 being best; null without a score.");
        Field(a => a.Grade, type: typeof(AssessmentGradeGraphType)).ReadableBy(AssessmentReaders.AssessmentResults).Description("The grade the score earns; null without a score.");
        Field(a => a.IsPublished).Description("Whether the result has been published.");
        Field(a => a.Version).Description("Concurrency version; changes with every edit.");
        Field<NonNullGraphType<DepartmentGraphType>>("department").Description("The department assessed.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.DepartmentId));
        this.Connection<Assessment, IndicatorResultGraphType>("indicators", "The indicators with weight, target and actual.").ReadableBy(AssessmentReaders.AssessmentResults)
            .ResolveBatched(ctx => ctx.Loaders().Children<IndicatorResult>(nameof(IndicatorResult.AssessmentId), ctx.Source.Id, i => i.OrderBy(x => x.Indicator)));
        this.Connection<Assessment, Supervision.SupervisionNoticeGraphType>("notices", "Commendations and criticisms the office published of the department or its head in the year assessed, latest first: they feed rewards and discipline beside the score.")
            .ReadableBy(Readers.Government)
            .ResolveQuery(ctx =>
            {
                var (from, to) = (new DateOnly(ctx.Source.Year, 1, 1), new DateOnly(ctx.Source.Year, 12, 31));
                var department = ctx.Source.DepartmentId;
                return ctx.Loaders().Visible<Domain.Supervision.SupervisionNotice>().Where(n => n.DepartmentId == department && n.PublishedOn >= from && n.PublishedOn <= to)
                    .OrderByDescending(n => n.PublishedOn).ThenBy(n => n.Id);
            });
        this.ReadableBy(Readers.GovernmentAndDashboards);
    }
}
