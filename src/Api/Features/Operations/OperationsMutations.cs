using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Departments;
using InfoGov.Domain.Common;
using InfoGov.Domain.Operations;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Operations;

/// <summary>Keeping the operations record: the inventory, incidents and backups.</summary>
public static class OperationsMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<InformationSystemGraphType, RegisterInformationSystemInputGraphType, RegisterInformationSystemInput>("registerInformationSystem", OperationsReaders.OperationsKeepers,
            "Adds a system in operation to the inventory, with the next SYS- code.", "The system.", RegisterAsync);
        mutation.Mutation<IncidentGraphType, ReportIncidentInputGraphType, ReportIncidentInput>("reportIncident", OperationsReaders.OperationsKeepers,
            "Records an incident as soon as it is detected; its downtime counts from detection until it is resolved.", "The incident.", ReportAsync);
        mutation.Mutation<IncidentGraphType, ResolveIncidentInputGraphType, ResolveIncidentInput>("resolveIncident", OperationsReaders.OperationsKeepers,
            "Records that service was restored, and the cause.", "The incident, its version, when and why.", ResolveAsync);
        mutation.Mutation<MaintenanceWindowGraphType, ScheduleMaintenanceInputGraphType, ScheduleMaintenanceInput>("scheduleMaintenance", OperationsReaders.OperationsKeepers,
            "Announces planned maintenance of a system; it is not counted as downtime.", "The system and the window.", MaintenanceAsync);
        mutation.Mutation<BackupRecordGraphType, RecordBackupInputGraphType, RecordBackupInput>("recordBackup", OperationsReaders.OperationsKeepers,
            "Records a backup or a restore drill and whether it succeeded.", "The backup.", BackupAsync);
    }

    /// <summary>The system behind a global id, which the caller may keep (the office any; others those their department owns or operates).</summary>
    internal static async Task<InformationSystem> SystemAsync(MutationScope scope, string id, string field, CancellationToken ct)
    {
        var system = await scope.FindAsync<InformationSystem>(id, field, ct);
        scope.RequireDepartment((ISharedByDepartments)system); // the office any system; others those their department owns or operates
        return system;
    }

    /// <summary>Refuses unless the caller may keep the system a record belongs to.</summary>
    internal static async Task RequireKeeperAsync(MutationScope scope, Guid systemId, CancellationToken ct) =>
        scope.RequireDepartment((ISharedByDepartments)await scope.Db.InformationSystems.SingleAsync(s => s.Id == systemId, ct));

    private static Task<Payload> RegisterAsync(IResolveFieldContext ctx, RegisterInformationSystemInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(InformationSystem), null, async (scope, ct) =>
        {
            var owner = await scope.DepartmentAsync(input.OwnerDepartmentCode, "ownerDepartmentCode", ct);
            scope.RequireDepartment(owner.Id);
            var operatorDepartment = input.OperatorDepartmentCode is { } code ? await scope.DepartmentAsync(code, "operatorDepartmentCode", ct) : null;
            var project = input.ProjectId is { } p ? await scope.FindAsync<Project>(p, "projectId", ct) : null;
            if (project is not null)
                await scope.RequireNoneAsync(scope.Db.InformationSystems.Where(s => s.ProjectId == project.Id), UserError.Conflict, "This project's system is in the inventory already.", "projectId", ct);
            var system = InformationSystem.Register(await SequentialCodes.NextAsync(scope.Db.InformationSystems.Select(s => s.Code), "SYS-", ct),
                input.Name, owner.Id, operatorDepartment?.Id, input.Operator, project?.Id, input.Hosting, input.ProtectionLevel, input.GoLiveOn, scope.Now);
            scope.Db.InformationSystems.Add(system);
            return new MutationRunner.Change(system, system, $"Registered {system.Code} {system.Name}.");
        });

    private static Task<Payload> ReportAsync(IResolveFieldContext ctx, ReportIncidentInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Incident), null, async (scope, ct) =>
        {
            var system = await SystemAsync(scope, input.SystemId, "systemId", ct);
            var others = new List<Guid>();
            foreach (var id in input.AlsoAffectedSystemIds ?? []) others.Add((await scope.FindAsync<InformationSystem>(id, "alsoAffectedSystemIds", ct)).Id);
            var incident = Incident.Report(system.Id, others, input.Title, input.Severity, input.IsSecurityIncident ?? false, input.DetectedAt, scope.Now);
            scope.Db.Incidents.Add(incident);
            return new MutationRunner.Change(incident, incident, $"{input.Severity} incident on {system.Code}: {incident.Title}");
        });

    private static Task<Payload> ResolveAsync(IResolveFieldContext ctx, ResolveIncidentInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Incident), MutationContextExtensions.TargetId(input.Id, nameof(Incident)), async (scope, ct) =>
        {
            var incident = await scope.FindAsync<Incident>(input.Id, "id", ct);
            await RequireKeeperAsync(scope, incident.SystemId, ct);
            scope.RequireVersion(incident, input.Version);
            incident.Resolve(input.ResolvedAt, input.Cause, scope.Now);
            return new MutationRunner.Change(incident, incident, $"Resolved: {incident.Title} ({incident.Cause}).");
        });

    private static Task<Payload> MaintenanceAsync(IResolveFieldContext ctx, ScheduleMaintenanceInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(MaintenanceWindow), null, async (scope, ct) =>
        {
            var system = await SystemAsync(scope, input.SystemId, "systemId", ct);
            var window = MaintenanceWindow.Schedule(system.Id, input.StartsAt, input.EndsAt, input.Description, scope.Now);
            scope.Db.MaintenanceWindows.Add(window);
            return new MutationRunner.Change(window, window, $"Maintenance of {system.Code} from {input.StartsAt:yyyy-MM-dd HH:mm}: {window.Description}");
        });

    private static Task<Payload> BackupAsync(IResolveFieldContext ctx, RecordBackupInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(BackupRecord), null, async (scope, ct) =>
        {
            var system = await SystemAsync(scope, input.SystemId, "systemId", ct);
            var record = BackupRecord.Record(system.Id, input.Kind, input.PerformedAt, input.Succeeded, input.Note, scope.Now);
            scope.Db.BackupRecords.Add(record);
            return new MutationRunner.Change(record, record, $"{input.Kind} of {system.Code}: {(input.Succeeded ? "succeeded" : "failed")}.");
        });
}
