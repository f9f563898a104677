using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Integration;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Operations;

/// <summary>Root fields of the operations record: the inventory and the information centre's indicators.</summary>
public static class OperationsQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, InformationSystemGraphType>("informationSystems", "Systems in operation the caller sees (the office: all; others: those their department owns or operates), by code.")
            .ReadableBy(OperationsReaders.Operations)
            .Argument<StringGraphType>("departmentCode", "Only systems this department owns or operates.")
            .Argument<SystemStatusGraphType>("status", "Only systems in this status.")
            .WithUpdatedSince()
            .ResolveQuery(ctx =>
            {
                var systems = VisibleSystems(ctx);
                if (ctx.GetArgument<SystemStatus?>("status") is { } status) systems = systems.Where(s => s.Status == status);
                return systems.OrderBy(s => s.Code);
            });
        query.Field<NonNullGraphType<OperationsKpisGraphType>>("operationsKpis")
            .ReadableBy(OperationsReaders.Operations)
            .Description("The information centre's indicators for a month over the systems the caller sees (optionally those one department owns or operates): stable operation, repairs within target, backups, restore drills, security incidents; emergency plans in force, drills, security checks and risk assessments, open findings, staff training.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("month", "Any day of the month, e.g. 2026-11-01.")
            .Argument<StringGraphType>("departmentCode", "Only systems this department owns or operates.")
            .ResolveAsync(async ctx =>
            {
                var (from, to) = ctx.Clock().MonthOf(ctx.GetArgument<DateOnly>("month"));
                var loaders = ctx.Loaders();
                var db = loaders.Db;
                var systems = await VisibleSystems(ctx).ToListAsync(ctx.CancellationToken);
                var ids = systems.Select(s => s.Id).ToList();
                var incidents = await db.Incidents.AsNoTracking().Where(i => i.DetectedAt < to && (i.ResolvedAt == null || i.ResolvedAt > from)).ToListAsync(ctx.CancellationToken);
                var records = await db.BackupRecords.AsNoTracking().Where(b => ids.Contains(b.SystemId) && b.PerformedAt >= from && b.PerformedAt < to).ToListAsync(ctx.CancellationToken);
                var targets = ctx.RequestServices!.GetRequiredService<OperationsOptions>().Targets;
                var kpis = OperationsKpis.Compute(systems, incidents, records, from, to, ctx.Clock().Now, targets);
                return kpis with { Continuity = await ContinuityAsync(ctx, systems, ctx.GetArgument<DateOnly>("month")) };
            });
    }

    /// <summary>The security and continuity indicators of the month over <paramref name="systems"/>, with the training of
    /// the departments the caller sees (the one named by <c>departmentCode</c>, if given).</summary>
    private static async Task<ContinuityKpis> ContinuityAsync(IResolveFieldContext ctx, IReadOnlyCollection<InformationSystem> systems, DateOnly day)
    {
        var (first, last) = (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)));
        var loaders = ctx.Loaders();
        var db = loaders.Db;
        var ct = ctx.CancellationToken;
        var running = systems.Where(s => s.Status != SystemStatus.Retired).ToList();
        var ids = running.Select(s => s.Id).ToList();
        var plans = await db.EmergencyPlans.AsNoTracking().Where(p => ids.Contains(p.SystemId) && p.ApprovedOn <= last && p.ReviewDueOn >= last).ToListAsync(ct);
        var drills = await db.EmergencyDrills.AsNoTracking().Where(d => ids.Contains(d.SystemId) && d.HeldOn >= first && d.HeldOn <= last).ToListAsync(ct);
        var reviews = await db.SecurityReviews.AsNoTracking().Where(r => ids.Contains(r.SystemId) && r.PerformedOn >= first && r.PerformedOn <= last).ToListAsync(ct);
        var findings = await db.SecurityFindings.AsNoTracking().Where(f => ids.Contains(f.SystemId) && f.FoundOn <= last && (f.ResolvedOn == null || f.ResolvedOn > last)).ToListAsync(ct);
        var training = loaders.Visible<TrainingRecord>().Where(t => t.HeldOn >= first && t.HeldOn <= last);
        if (ctx.GetArgument<string?>("departmentCode") is { } code) training = training.Where(t => db.Departments.Any(d => d.Code == code && d.Id == t.DepartmentId));
        return ContinuityKpis.Compute(running, plans, drills, reviews, findings, await training.ToListAsync(ct), first, last);
    }

    /// <summary>The systems the caller sees, narrowed to those the <c>departmentCode</c> argument's department owns or operates.</summary>
    private static IQueryable<InformationSystem> VisibleSystems(IResolveFieldContext context)
    {
        var loaders = context.Loaders();
        var systems = loaders.Visible<InformationSystem>();
        if (context.GetArgument<string?>("departmentCode") is not { } code) return systems;
        var db = loaders.Db;
        return systems.Where(s => db.Departments.Any(d => d.Code == code && (d.Id == s.OwnerDepartmentId || d.Id == s.OperatorDepartmentId)));
    }
}
