using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Domain.Operations;

namespace InfoGov.Api.Features.Operations;

public sealed class IncidentGraphType : ObjectGraphType<Incident>
{
    public IncidentGraphType()
    {
        Name = "Incident";
        Description = "An unplanned interruption or security event of a system in operation.";
        this.IsNode();
        Field<NonNullGraphType<InformationSystemGraphType>>("system").Description("The system it was filed against.")
            .Resolve(ctx => ctx.Loaders().ById<InformationSystem>(ctx.Source.SystemId));
        this.Connection<Incident, InformationSystemGraphType>("alsoAffected", "Other systems it took down (those the caller sees), by code.")
            .ResolveQuery(ctx =>
            {
                var ids = ctx.Source.AlsoAffectedSystemIds;
                return ctx.Loaders().Visible<InformationSystem>().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Code);
            });
        Field(i => i.Title).Description("What happened.");
        Field<NonNullGraphType<IncidentSeverityGraphType>>("severity").Description("How bad it is.").Resolve(ctx => ctx.Source.Severity);
        Field(i => i.IsSecurityIncident).Description("Whether it is a security incident (counted in the centre's security indicator).");
        Field(i => i.DetectedAt).Description("When it was detected: downtime starts here.");
        Field(i => i.ResolvedAt, nullable: true).Description("When service was restored; null while open.");
        Field(i => i.Cause, nullable: true).Description("The cause, recorded with the resolution.");
        Field<IntGraphType>("repairMinutes").Description("Minutes from detection to resolution; null while open.")
            .Resolve(ctx => ctx.Source.RepairTime is { } t ? (int)Math.Round(t.TotalMinutes) : null);
        Field(i => i.Version).Description("Concurrency version; changes with every edit.");
        this.ReadableBy(OperationsReaders.Operations);
    }
}

public sealed class MaintenanceWindowGraphType : ObjectGraphType<MaintenanceWindow>
{
    public MaintenanceWindowGraphType()
    {
        Name = "MaintenanceWindow";
        Description = "Planned work on a system, announced beforehand; not downtime in its availability.";
        this.IsNode();
        Field<NonNullGraphType<InformationSystemGraphType>>("system").Description("The system.")
            .Resolve(ctx => ctx.Loaders().ById<InformationSystem>(ctx.Source.SystemId));
        Field(m => m.StartsAt).Description("When the work starts.");
        Field(m => m.EndsAt).Description("When it ends.");
        Field(m => m.Description).Description("What is done.");
        this.ReadableBy(OperationsReaders.Operations);
    }
}

public sealed class BackupRecordGraphType : ObjectGraphType<BackupRecord>
{
    public BackupRecordGraphType()
    {
        Name = "BackupRecord";
        Description = "A backup of a system, or a restore drill, and whether it succeeded.";
        this.IsNode();
        Field<NonNullGraphType<InformationSystemGraphType>>("system").Description("The system.")
            .Resolve(ctx => ctx.Loaders().ById<InformationSystem>(ctx.Source.SystemId));
        Field<NonNullGraphType<BackupKindGraphType>>("kind").Description("Backup or restore drill.").Resolve(ctx => ctx.Source.Kind);
        Field(b => b.PerformedAt).Description("When it was performed.");
        Field(b => b.Succeeded).Description("Whether it succeeded (for a drill: the restored data checked out).");
        Field(b => b.Note, nullable: true).Description("A note, e.g. what failed.");
        this.ReadableBy(OperationsReaders.Operations);
    }
}
