using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class PortfolioGroupingGraphType() : DescribedEnumGraphType<PortfolioGrouping>("How a portfolio roll-up is grouped.", new Dictionary<PortfolioGrouping, string>
{
    [PortfolioGrouping.Department] = "One group per department, each with the projects of its sub-units too (a district with its townships).",
    [PortfolioGrouping.Programme] = "One group per programme, and one of the projects in none.",
    [PortfolioGrouping.FundYear] = "One group per fund year: the projects with a budget line or an allocation in it, and that year's money.",
});

public sealed class PortfolioGroupGraphType : ObjectGraphType<PortfolioGroup>
{
    public PortfolioGroupGraphType()
    {
        Name = "PortfolioGroup";
        Description = "The projects of one group summed: counts by status and colour for oversight; money for the fund's managers.";
        Field<DepartmentGraphType>("department").Description("The department (with its sub-units), when grouped by department.").Resolve(ctx => ctx.Source.Department);
        Field<ProgrammeGraphType>("programme").Description("The programme, when grouped by programme; null for the projects in none.").Resolve(ctx => ctx.Source.Programme);
        Field<IntGraphType>("fundYear").Description("The fund year, when grouped by fund year.").Resolve(ctx => ctx.Source.FundYear);
        Field<NonNullGraphType<IntGraphType>>("projects").Description("Projects in the group.").Resolve(ctx => ctx.Source.RollUp.Projects);
        this.Connection<PortfolioGroup, StatusCountGraphType>("byStatus", "Projects per status in lifecycle order, statuses with none left out.")
            .ResolveBatched(ctx => LoaderResults.Known<IReadOnlyList<StatusCount>>(ctx.Source.RollUp.ByStatus.OrderBy(s => s.Key).Select(s => new StatusCount(s.Key, s.Value)).ToList()));
        this.Connection<PortfolioGroup, ColourCountGraphType>("byColour", "Projects per colour (green, amber, red), colours with none left out.")
            .ResolveBatched(ctx => LoaderResults.Known<IReadOnlyList<ColourCount>>(ctx.Source.RollUp.ByColour.OrderBy(s => s.Key).Select(s => new ColourCount(s.Key, s.Value)).ToList()));
        Field<NonNullGraphType<IntGraphType>>("reviewsOverdue").Description("Submitted projects still without an expert panel past their review's due date.")
            .Resolve(ctx => ctx.Source.RollUp.ReviewsOverdue);
        Field<NonNullGraphType<IntGraphType>>("withoutColour").Description("Projects without a colour: before approval, or stopped.").Resolve(ctx => ctx.Source.RollUp.WithoutColour);
        Field<NonNullGraphType<MoneyGraphType>>("budget").ReadableBy(Readers.FundManagers)
            .Description("Budgets: each baseline (the proposal before approval); by fund year, that year's budget lines.").Resolve(ctx => ctx.Source.RollUp.Budget);
        Field<NonNullGraphType<MoneyGraphType>>("allocated").ReadableBy(Readers.FundManagers).Description("Allocated from the special fund.").Resolve(ctx => ctx.Source.RollUp.Allocated);
        Field<NonNullGraphType<MoneyGraphType>>("contracted").ReadableBy(Readers.FundManagers).Description("Committed by signed contracts.").Resolve(ctx => ctx.Source.RollUp.Contracted);
        Field<NonNullGraphType<MoneyGraphType>>("spent").ReadableBy(Readers.FundManagers).Description("Paid.").Resolve(ctx => ctx.Source.RollUp.Spent);
        Field<NonNullGraphType<MoneyGraphType>>("unspent").ReadableBy(Readers.FundManagers).Description("Budget less what was paid; negative for an overrun.").Resolve(ctx => ctx.Source.RollUp.Unspent);
        Field<DecimalGraphType>("spentPercent").ReadableBy(Readers.FundManagers).Description("Paid as a percent of the budget; null for an empty budget.").Resolve(ctx => ctx.Source.RollUp.SpentPercent);
        this.ReadableBy(Readers.GovernmentAndDashboards);
    }
}

public sealed record StatusCount(ProjectStatus Status, int Count);

public sealed class StatusCountGraphType : ObjectGraphType<StatusCount>
{
    public StatusCountGraphType()
    {
        Name = "StatusCount";
        Description = "How many projects are in a status.";
        Field<NonNullGraphType<ProjectStatusGraphType>>("status").Description("The status.").Resolve(ctx => ctx.Source.Status);
        Field(c => c.Count).Description("How many.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed record ColourCount(StatusColour Colour, int Count);

public sealed class ColourCountGraphType : ObjectGraphType<ColourCount>
{
    public ColourCountGraphType()
    {
        Name = "ColourCount";
        Description = "How many projects have a colour.";
        Field<NonNullGraphType<StatusColourGraphType>>("colour").Description("The colour.").Resolve(ctx => ctx.Source.Colour);
        Field(c => c.Count).Description("How many.");
        this.ReadableBy(Access.Inherited);
    }
}
