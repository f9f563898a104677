using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ProgressReportGraphType : ObjectGraphType<ProgressReport>
{
    public ProgressReportGraphType()
    {
        Name = "ProgressReport";
        Description = "A project's monthly progress report: one per project per month while under way.";
        this.IsNode();
        Field(r => r.Month).Description("First day of the month reported on.");
        Field(r => r.ProgressPercent).Description("Progress in percent, 0-100.");
        Field<NonNullGraphType<MoneyGraphType>>("spendToDate").ReadableBy(Readers.MoneyAndContracts).Description("Money spent on the project so far.").Resolve(ctx => ctx.Source.SpendToDate);
        Field(r => r.Issues, nullable: true).Description("Issues met during the month.");
        Field(r => r.Risks, nullable: true).Description("Risks foreseen.");
        Field(r => r.Explanation, nullable: true).Description("Why progress went down since the previous report, when it did.");
        Field(r => r.SubmittedAt).Description("When the report was submitted.");
        Field(r => r.Version).Description("Concurrency version; changes with every edit.");
        Field<ProjectGraphType>("project").Description("The project reported on. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.Government);
    }
}
