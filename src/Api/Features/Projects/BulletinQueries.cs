using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Projects;

/// <summary>The root field of the monthly bulletin.</summary>
public static class BulletinQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<MonthlyBulletinGraphType>>("bulletin")
            .ReadableBy(Readers.Government)
            .Description("The monthly progress bulletin for the month of the given day, over the projects the caller sees.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("month", "Any day of the month, e.g. 2026-10-01.")
            .ResolveAsync(async ctx =>
            {
                var day = ctx.GetArgument<DateOnly>("month");
                var month = new DateOnly(day.Year, day.Month, 1);
                var clock = ctx.Clock();
                var (from, to) = clock.MonthOf(month);
                var loaders = ctx.Loaders();
                var db = loaders.Db;
                var ct = ctx.CancellationToken;
                var projects = await loaders.Visible<Project>().ToListAsync(ct);
                var ids = projects.Select(p => p.Id).ToList();
                var reports = await db.ProgressReports.AsNoTracking().Where(r => r.Month <= month && ids.Contains(r.ProjectId)).ToListAsync(ct);
                var changes = await db.ChangeRequests.AsNoTracking().Where(c => c.DecidedAt >= from && c.DecidedAt < to && ids.Contains(c.ProjectId)).ToListAsync(ct);
                var last = month.AddMonths(1).AddDays(-1);
                var allocations = await db.FundAllocations.AsNoTracking().Where(a => a.AllocatedOn >= month && a.AllocatedOn <= last).Select(a => new { a.AllocatedOn, a.Amount }).ToListAsync(ct);
                var payments = await db.Expenditures.AsNoTracking().Where(e => e.SpentOn >= month && e.SpentOn <= last && ids.Contains(e.ProjectId)).Select(e => new { e.SpentOn, e.Amount }).ToListAsync(ct);
                var reviews = await db.ReviewPanels.AsNoTracking().Where(r => r.ConcludedAt >= from && r.ConcludedAt < to && r.ContraryReason != null && ids.Contains(r.ProjectId)).ToListAsync(ct);
                var milestones = await db.Milestones.AsNoTracking().Where(m => m.DueOn <= last && ids.Contains(m.ProjectId)).ToListAsync(ct);
                var rectifications = await loaders.Visible<Domain.Supervision.RectificationItem>()
                    .Where(r => r.Status == Domain.Supervision.RectificationStatus.Open && r.DueOn < last).ToListAsync(ct);
                var needs = await loaders.Visible<Domain.DataSharing.DataNeed>().Where(n => n.PublishedOn <= last && (n.AnsweredOn == null || n.AnsweredOn > month)).ToListAsync(ct);
                return MonthlyBulletin.Compute(month, clock.Today, at => at >= from && at < to, projects, reports, changes,
                    allocations.Select(a => (a.AllocatedOn, a.Amount)), payments.Select(p => (p.SpentOn, p.Amount)), reviews, milestones, rectifications, needs);
            });
}
