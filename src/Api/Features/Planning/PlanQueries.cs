using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Integration;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Planning;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Planning;

/// <summary>Root fields of the informatization plans.</summary>
public static class PlanQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, PlanGraphType>("plans", "Plans the caller sees (approved plans of every department, all of its own; the office: all), latest period first, then by code.")
            .ReadableBy(Readers.Government)
            .Argument<StringGraphType>("departmentCode", "Only this department's plans.")
            .Argument<PlanKindGraphType>("kind", "Only five-year or only annual plans.")
            .Argument<PlanStatusGraphType>("status", "Only plans in this status.")
            .Argument<IntGraphType>("year", "Only plans covering this year.")
            .WithUpdatedSince()
            .ResolveQuery(ctx =>
            {
                var plans = InDepartment(ctx, ctx.Loaders().Visible<Plan>(), p => p.DepartmentId);
                if (ctx.GetArgument<PlanKind?>("kind") is { } kind) plans = plans.Where(p => p.Kind == kind);
                if (ctx.GetArgument<PlanStatus?>("status") is { } status) plans = plans.Where(p => p.Status == status);
                if (ctx.GetArgument<int?>("year") is { } year)
                    plans = plans.Where(p => p.StartYear <= year && (p.Kind == PlanKind.FiveYear ? p.StartYear + 4 : p.StartYear) >= year);
                return plans.OrderByDescending(p => p.StartYear).ThenBy(p => p.Code);
            });
        query.Field<PlanGraphType>("plan")
            .ReadableBy(Readers.Government)
            .Description("The plan with this code, if the caller sees it; else null.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The plan's code, e.g. GH-GAJ-2026-5Y.")
            .WithAsOf()
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code"); // a local, not a call EF would compile on every execution
                var plan = await ctx.Loaders().Visible<Plan>().SingleOrDefaultAsync(p => p.Code == code, ctx.CancellationToken);
                return plan is null || AsOf.InstantOf(ctx) is not { } at ? plan : await AsOf.LoadAsync<Plan>(ctx.Loaders(), plan.Id, at, ctx.CancellationToken);
            });
        query.Field<NonNullGraphType<PlanGapsGraphType>>("planGaps")
            .ReadableBy(Readers.Government)
            .Description("Plans against projects: items of approved plans that no project delivers, and projects past the draft (not rejected or cancelled) that deliver no plan item.")
            .Argument<StringGraphType>("departmentCode", "Only this department's items and projects.")
            .Argument<IntGraphType>("year", "Only items planned for this year, and projects planned to start in it.")
            .Resolve(ctx =>
            {
                var loaders = ctx.Loaders();
                var projects = loaders.Visible<Project>();
                var items = InDepartment(ctx, loaders.Visible<PlanItem>(), i => i.DepartmentId)
                    .Where(i => loaders.Db.Plans.Any(p => p.Id == i.PlanId && p.Status == PlanStatus.Approved) && !projects.Any(p => p.PlanItemId == i.Id));
                var unplanned = InDepartment(ctx, projects, p => p.OwnerDepartmentId)
                    .Where(p => p.PlanItemId == null && p.Status != ProjectStatus.Draft && p.Status != ProjectStatus.Rejected && p.Status != ProjectStatus.Cancelled);
                if (ctx.GetArgument<int?>("year") is { } year)
                {
                    items = items.Where(i => i.Year == year);
                    var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
                    unplanned = unplanned.Where(p => p.CurrentPlan.StartOn >= from && p.CurrentPlan.StartOn < to);
                }
                return new PlanGaps(items, unplanned);
            });
    }

    /// <summary><paramref name="rows"/> of the department the <c>departmentCode</c> argument names, when given.</summary>
    private static IQueryable<T> InDepartment<T>(IResolveFieldContext context, IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, Guid>> departmentOf)
    {
        if (context.GetArgument<string?>("departmentCode") is not { } code) return rows;
        var db = context.Loaders().Db;
        return rows.Where(KeyPredicate.Compose<T>(department => db.Departments.Any(d => d.Code == code && d.Id == department), departmentOf));
    }
}
