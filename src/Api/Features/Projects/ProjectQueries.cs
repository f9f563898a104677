using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Integration;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Projects;

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
            .ResolveQueryAsync(ctx =>
            {
                var (today, schedule) = (ctx.Clock().Today, ctx.ReportSchedule());
                return ListAsync(ctx.Loaders().Db, ctx.GetArgument<ProjectFilter?>("filter"), ctx.GetArgument("orderBy", ProjectOrder.CodeAsc), ctx.Loaders().Caller,
                    today, schedule, ctx.CancellationToken);
            });
        query.Field<ProjectGraphType>("project")
            .ReadableBy(Readers.Anyone)
            .Description("The project with this code, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The project's code, e.g. XM-2025-042.")
            .WithAsOf()
            .ResolveAsync(async ctx =>
            {
                var instant = AsOf.InstantOf(ctx);
                var code = ctx.GetArgument<string>("code"); // a local, not a call EF would compile on every execution
                var project = await ctx.Loaders().Visible<Project>().SingleOrDefaultAsync(p => p.Code == code, ctx.CancellationToken);
                return project is null || instant is not { } at ? project : await AsOf.LoadAsync<Project>(ctx.Loaders(), project.Id, at, ctx.CancellationToken);
            });
        query.Connection<object?, ExpertGraphType>("experts", "The expert pool, by code.")
            .ReadableBy(Readers.Government)
            .Argument<StringGraphType>("category", "Only experts drawn for this field (network, software, data, security, finance, engineering, or a field the office added).")
            .Argument<BooleanGraphType>("active", "Only active experts (true) or only retired ones (false).")
            .WithUpdatedSince()
            .ResolveQuery(ctx =>
            {
                var experts = ctx.Loaders().Db.Experts.AsNoTracking();
                if (ctx.GetArgument<string?>("category") is { } category)
                    experts = experts.Where(e => e.Category == category || (e.Fields != null && e.Fields.Contains(category)));
                if (ctx.GetArgument<bool?>("active") is { } active) experts = experts.Where(e => e.IsActive == active);
                return experts.OrderBy(e => e.Code);
            });
    }

    /// <summary>The <c>projects</c> list as one query; also what the SQL Server tests translate.</summary>
    /// <param name="owedMonth">The month whose report is due by now (<see cref="ProgressReportSchedule.OwedMonth"/>), for the overdue filter.</param>
    internal static IQueryable<Project> List(InfoGovDbContext db, ProjectFilter? filter, ProjectOrder order, Caller caller, DateOnly? owedMonth = null) =>
        Order(Filter(db, filter, caller, owedMonth), order);

    /// <summary>The <c>projects</c> list. Conditions and orders on health (colour, variance bands, overdue
    /// reports) depend on today and on each project's latest report: they are computed for the projects the
    /// other conditions leave (<see cref="ProjectHealthIndex"/>), and applied in SQL as lists of ids.</summary>
    internal static async Task<IQueryable<Project>> ListAsync(InfoGovDbContext db, ProjectFilter? filter, ProjectOrder order, Caller caller,
        DateOnly today, ProgressReportSchedule schedule, CancellationToken ct)
    {
        var projects = Filter(db, filter, caller, schedule.OwedMonth(today));
        if (filter?.NeedsHealth != true && !IsByHealth(order)) return Order(projects, order);
        return ByHealth(projects, filter, order, await ProjectHealthIndex.LoadAsync(db, projects, today, schedule, ct));
    }

    private static bool IsByHealth(ProjectOrder order) => order is ProjectOrder.ColourSeverity or ProjectOrder.ReportOverdueFirst or ProjectOrder.VarianceBandDesc;

    /// <summary><paramref name="projects"/> narrowed by the filter's health conditions and put in <paramref name="order"/>,
    /// by the ids <paramref name="health"/> admits and ranks; also what the SQL Server tests translate.</summary>
    internal static IQueryable<Project> ByHealth(IQueryable<Project> projects, ProjectFilter? filter, ProjectOrder order, ProjectHealthIndex health)
    {
        if (filter?.NeedsHealth == true)
        {
            var admitted = health.All.Where(h => filter.Admits(h.Value)).Select(h => h.Key).ToList();
            projects = projects.Where(p => admitted.Contains(p.Id));
        }
        if (!IsByHealth(order)) return Order(projects, order);
        var rank = health.All.ToLookup(h => Rank(h.Value, order), h => h.Key);
        List<Guid> first = [.. rank[0]], second = [.. rank[1]], third = [.. rank[2]];
        return projects.OrderBy(p => first.Contains(p.Id) ? 0 : second.Contains(p.Id) ? 1 : third.Contains(p.Id) ? 2 : 3).ThenBy(p => p.Code);
    }

    /// <summary>A project's place (0 first, 3 last) in an order by health.</summary>
    private static int Rank(ProjectHealthIndex.Figures health, ProjectOrder order) => order switch
    {
        ProjectOrder.ColourSeverity => health.Colour switch { StatusColour.Red => 0, StatusColour.Amber => 1, StatusColour.Green => 2, _ => 3 },
        ProjectOrder.ReportOverdueFirst => health.IsReportOverdue ? 0 : 1,
        _ when health.Schedule is null && health.Cost is null => 3,
        _ => new[] { health.Schedule, health.Cost }.Where(v => v is { Ratio: > 0m }).Select(v => v!.Band).DefaultIfEmpty(VarianceBand.Low).Max() switch
        {
            VarianceBand.High => 0,
            VarianceBand.Medium => 1,
            _ => 2,
        },
    };

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
        if (filter.DeliveryConfidences is { Count: > 0 } confidences)
            projects = projects.Where(p => p.DeliveryConfidence != null && confidences.Contains(p.DeliveryConfidence.Value));
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
        // Stored by name: ranked by a CASE, least confident first, never rated last.
        ProjectOrder.ConfidenceSeverity => projects.OrderBy(p => p.DeliveryConfidence == DeliveryConfidence.Red ? 0
                : p.DeliveryConfidence == DeliveryConfidence.AmberRed ? 1 : p.DeliveryConfidence == DeliveryConfidence.Amber ? 2
                : p.DeliveryConfidence == DeliveryConfidence.AmberGreen ? 3 : p.DeliveryConfidence == DeliveryConfidence.Green ? 4 : 5)
            .ThenBy(p => p.Code),
        ProjectOrder.SubmittedOnDesc => projects.OrderBy(p => p.SubmittedOn == null).ThenByDescending(p => p.SubmittedOn).ThenBy(p => p.Code),
        _ => projects.OrderBy(p => p.Code),
    };
}
