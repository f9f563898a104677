using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common;
using InfoGov.Api.Common.Loading;
using InfoGov.Api.Integration;
using InfoGov.Api.Paging;
using InfoGov.Domain.Projects;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Projects;

/// <summary>Root fields of projects and the expert pool.</summary>
public static class ProjectQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, ProjectGraphType>("projects", "Informatization projects, filtered and ordered.")
            .ReadableBy(Readers.Anyone)
            .Argument<ProjectFilterInputGraphType>("filter", "Conditions the projects must meet.")
            .Argument<ProjectOrderGraphType>("orderBy", "Order of the list; by code when omitted.")
            .WithUpdatedSince()
            .ResolveQuery(ctx => List(ctx.Loaders().Db, ctx.GetArgument<ProjectFilter?>("filter"), ctx.GetArgument("orderBy", ProjectOrder.CodeAsc), ctx.Loaders().Caller,
                ctx.ReportSchedule().OwedMonth(ctx.Clock().Today)));
        query.Field<ProjectGraphType>("project")
            .ReadableBy(Readers.Anyone)
            .Description("The project with this code, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The project's code, e.g. XM-2025-042.")
            .WithAsOf()
            .ResolveAsync(async ctx =>
            {
                var instant = AsOf.InstantOf(ctx);
                var project = await ctx.Loaders().Visible<Project>().SingleOrDefaultAsync(p => p.Code == ctx.GetArgument<string>("code"), ctx.CancellationToken);
                return project is null || instant is not { } at ? project : await AsOf.LoadAsync<Project>(ctx.Loaders(), project.Id, at, ctx.CancellationToken);
            });
        query.Connection<object?, ExpertGraphType>("experts", "The expert pool, by code.")
            .ReadableBy(Readers.Government)
            .Argument<StringGraphType>("category", "Only experts of this category (network, software, data, security, finance, engineering).")
            .WithUpdatedSince()
            .ResolveQuery(ctx =>
            {
                var experts = ctx.Loaders().Db.Experts.AsNoTracking();
                if (ctx.GetArgument<string?>("category") is { } category) experts = experts.Where(e => e.Category == category);
                return experts.OrderBy(e => e.Code);
            });
    }

    /// <summary>The <c>projects</c> list as one query; also what the SQL Server tests translate.</summary>
    /// <param name="owedMonth">The month whose report is due by now (<see cref="ProgressReportSchedule.OwedMonth"/>), for the overdue filter.</param>
    internal static IQueryable<Project> List(InfoGovDbContext db, ProjectFilter? filter, ProjectOrder order, Caller caller, DateOnly? owedMonth = null) =>
        Order(Filter(db, filter, caller, owedMonth), order);

    private static IQueryable<Project> Filter(InfoGovDbContext db, ProjectFilter? filter, Caller caller, DateOnly? owedMonth)
    {
        var projects = db.Projects.AsNoTracking().VisibleTo(caller, db);
        if (filter is null) return projects;
        if (filter.Statuses is { Count: > 0 } statuses) projects = projects.Where(p => statuses.Contains(p.Status));
        if (filter.Levels is { Count: > 0 } levels) projects = projects.Where(p => levels.Contains(p.Level));
        if (filter.DepartmentCode is { } department)
            projects = projects.Where(p => db.Departments.Any(d => d.Code == department && d.Id == p.OwnerDepartmentId));
        if (filter.ProgrammeCode is { } programme)
            projects = projects.Where(p => db.Programmes.Any(g => g.Code == programme && g.Id == p.ProgrammeId));
        if (filter.FundingCategory is { } category) projects = projects.Where(p => p.FundingCategory == category);
        if (filter.FiscalYear is { } year) projects = projects.Where(p => db.BudgetLines.Any(b => b.ProjectId == p.Id && b.FiscalYear == year));
        if (filter.IsPublished is { } published) projects = projects.Where(p => p.IsPublished == published);
        if (filter.DueOnOrAfter is { } after) projects = projects.Where(p => p.CurrentPlan.DueOn >= after);
        if (filter.DueOnOrBefore is { } before) projects = projects.Where(p => p.CurrentPlan.DueOn <= before);
        if (filter.IsProgressReportOverdue is { } overdue && owedMonth is { } owed)
        {
            // The same rule as ProgressReportSchedule.IsOverdue, in SQL: under way since the owed month or
            // before, and no report for it or a later month.
            var startedBy = owed.AddMonths(1);
            var underWay = new[] { ProjectStatus.InImplementation, ProjectStatus.AcceptanceRequested };
            projects = projects.Where(p => (underWay.Contains(p.Status) && p.ActualStartOn != null && p.ActualStartOn < startedBy
                                            && !db.ProgressReports.Any(r => r.ProjectId == p.Id && r.Month >= owed)) == overdue);
        }
        return projects.Matching(filter.Search, p => p.Code, p => p.Name, p => p.NameEn);
    }

    private static IQueryable<Project> Order(IQueryable<Project> projects, ProjectOrder order) => order switch
    {
        ProjectOrder.CodeDesc => projects.OrderByDescending(p => p.Code),
        ProjectOrder.NameAsc => projects.OrderBy(p => p.Name).ThenBy(p => p.Code),
        ProjectOrder.DueOnAsc => projects.OrderBy(p => p.CurrentPlan.DueOn).ThenBy(p => p.Code),
        ProjectOrder.DueOnDesc => projects.OrderByDescending(p => p.CurrentPlan.DueOn).ThenBy(p => p.Code),
        ProjectOrder.SubmittedOnDesc => projects.OrderBy(p => p.SubmittedOn == null).ThenByDescending(p => p.SubmittedOn).ThenBy(p => p.Code),
        _ => projects.OrderBy(p => p.Code),
    };
}
