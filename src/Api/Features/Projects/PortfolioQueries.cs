using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;

namespace InfoGov.Api.Features.Projects;

/// <summary>The root field of the portfolio roll-ups: where the office sees the whole portfolio at once.</summary>
public static class PortfolioQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Connection<object?, PortfolioGroupGraphType>("portfolio",
                "The projects the caller sees, summed by department (with sub-units), programme or fund year: counts by status and colour, and money for the fund's managers.")
            .ReadableBy(Readers.GovernmentAndDashboards)
            .Argument<NonNullGraphType<PortfolioGroupingGraphType>>("groupBy", "How to group.")
            .ResolveBatched(ctx =>
            {
                var grouping = ctx.GetArgument<PortfolioGrouping>("groupBy");
                var (today, schedule) = (ctx.Clock().Today, ctx.ReportSchedule());
                var loaders = ctx.Loaders();
                return loaders.Custom<PortfolioGrouping, IReadOnlyList<PortfolioGroup>>("Portfolio", grouping, async (_, keys, ct) =>
                {
                    var groups = new Dictionary<PortfolioGrouping, IReadOnlyList<PortfolioGroup>>();
                    foreach (var key in keys) groups[key] = await PortfolioFigures.GroupAsync(loaders, key, today, schedule, ct);
                    return groups;
                }).Then(groups => groups ?? []);
            });
}
