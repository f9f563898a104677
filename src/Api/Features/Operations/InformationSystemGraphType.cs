using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Projects;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Operations;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Operations;

public sealed class InformationSystemGraphType : ObjectGraphType<InformationSystem>
{
    public InformationSystemGraphType()
    {
        Name = "InformationSystem";
        Description = "An information system in operation, with its incidents, backups, emergency plans and security reviews.";
        this.IsNode();
        Field(s => s.Code).Description("Inventory code, e.g. SYS-012.");
        Field(s => s.Name).Description("Name.");
        Field<NonNullGraphType<DepartmentGraphType>>("ownerDepartment").Description("The department that owns it.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.OwnerDepartmentId));
        Field<DepartmentGraphType>("operatorDepartment").Description("The department that runs it, when not the owner (the information centre for shared platforms).")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.OperatorDepartmentId));
        Field(s => s.Operator, nullable: true).Description("The team or vendor that operates it day to day.");
        Field<ProjectGraphType>("project").Description("The project that built it, if any.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        Field<NonNullGraphType<HostingGraphType>>("hosting").Description("Where it runs.").Resolve(ctx => ctx.Source.Hosting);
        Field(s => s.ProtectionLevel).Description("Classified cyber-security protection level (等级保护), 1 to 5.");
        Field<NonNullGraphType<SystemStatusGraphType>>("status").Description("In operation, suspended or retired.").Resolve(ctx => ctx.Source.Status);
        Field(s => s.GoLiveOn, nullable: true).Description("When it went live.");
        Field<NonNullGraphType<SystemAvailabilityGraphType>>("availability")
            .Description("Availability over a calendar month (deployment time zone): downtime from incidents, overlaps counted once; planned work is not downtime.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("month", "Any day of the month, e.g. 2026-11-01.")
            .ResolveAsync(async ctx =>
            {
                var (from, to) = ctx.Clock().MonthOf(ctx.GetArgument<DateOnly>("month"));
                var id = ctx.Source.Id;
                var incidents = await ctx.Loaders().Db.Incidents.AsNoTracking()
                    .Where(i => (i.SystemId == id || i.AlsoAffectedSystemIds.Contains(id)) && i.DetectedAt < to && (i.ResolvedAt == null || i.ResolvedAt > from))
                    .ToListAsync(ctx.CancellationToken);
                return Availability.Of(id, incidents, from, to, ctx.Clock().Now);
            });
        this.Connection<InformationSystem, IncidentGraphType>("incidents", "Incidents filed against it, latest first.")
            .ResolveQuery(ctx => ctx.Loaders().Visible<Incident>().Where(i => i.SystemId == ctx.Source.Id).OrderByDescending(i => i.DetectedAt).ThenBy(i => i.Id));
        this.Connection<InformationSystem, MaintenanceWindowGraphType>("maintenance", "Planned maintenance, latest start first.")
            .ResolveQuery(ctx => ctx.Loaders().Visible<MaintenanceWindow>().Where(m => m.SystemId == ctx.Source.Id).OrderByDescending(m => m.StartsAt).ThenBy(m => m.Id));
        this.Connection<InformationSystem, BackupRecordGraphType>("backups", "Backups and restore drills, latest first.")
            .ResolveQuery(ctx => ctx.Loaders().Visible<BackupRecord>().Where(b => b.SystemId == ctx.Source.Id).OrderByDescending(b => b.PerformedAt).ThenBy(b => b.Id));
        this.Connection<InformationSystem, EmergencyPlanGraphType>("emergencyPlans", "Its emergency plans, latest approval first.")
            .ResolveQuery(ctx => ctx.Loaders().Visible<EmergencyPlan>().Where(p => p.SystemId == ctx.Source.Id).OrderByDescending(p => p.ApprovedOn).ThenBy(p => p.Id));
        this.Connection<InformationSystem, SecurityReviewGraphType>("securityReviews", "Security checks and risk assessments of it, latest first.")
            .ResolveQuery(ctx => ctx.Loaders().Visible<SecurityReview>().Where(r => r.SystemId == ctx.Source.Id).OrderByDescending(r => r.PerformedOn).ThenBy(r => r.Id));
        this.Connection<InformationSystem, SecurityFindingGraphType>("openSecurityFindings", "Findings of its reviews not yet resolved, the earliest deadline first.")
            .ResolveQuery(ctx => ctx.Loaders().Visible<SecurityFinding>().Where(f => f.SystemId == ctx.Source.Id && f.ResolvedOn == null).OrderBy(f => f.DueOn).ThenBy(f => f.Id));
        Field(s => s.Version).Description("Concurrency version; changes with every edit.");
        this.ReadableBy(OperationsReaders.Operations);
    }
}

public sealed class SystemAvailabilityGraphType : ObjectGraphType<Availability.Figure>
{
    public SystemAvailabilityGraphType()
    {
        Name = "SystemAvailability";
        Description = "A system's availability over a period.";
        Field(f => f.From).Description("Start of the period.");
        Field(f => f.To).Description("End of the period (exclusive).");
        Field<NonNullGraphType<IntGraphType>>("downtimeMinutes").Description("Minutes down because of incidents.").Resolve(ctx => (int)Math.Round(ctx.Source.Downtime.TotalMinutes));
        Field(f => f.Percent).Description("Percent of the period available, two decimals: a 3-hour outage in a 30-day month gives 99.58.");
        this.ReadableBy(Access.Inherited);
    }
}
