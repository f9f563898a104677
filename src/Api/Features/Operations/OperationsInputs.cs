using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Operations;

namespace InfoGov.Api.Features.Operations;

/// <summary>Input of <c>registerInformationSystem</c>.</summary>
public sealed record RegisterInformationSystemInput(string Name, string OwnerDepartmentCode, string? OperatorDepartmentCode, string? Operator,
    string? ProjectId, Hosting Hosting, int ProtectionLevel, DateOnly? GoLiveOn);

public sealed class RegisterInformationSystemInputGraphType : InputObjectGraphType<RegisterInformationSystemInput>
{
    public RegisterInformationSystemInputGraphType()
    {
        Name = "RegisterInformationSystemInput";
        Description = "A system in operation to add to the inventory (systems built by projects are added when the project passes acceptance).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name.");
        Field<NonNullGraphType<StringGraphType>>("ownerDepartmentCode").Description("The owning department's code; others than the office register for their own department.");
        Field<StringGraphType>("operatorDepartmentCode").Description("The department that runs it, when not the owner.");
        Field<StringGraphType>("operator").Description("The team or vendor that operates it.");
        Field<IdGraphType>("projectId").Description("The project that built it, if any.");
        Field<NonNullGraphType<HostingGraphType>>("hosting").Description("Where it runs.");
        Field<NonNullGraphType<IntGraphType>>("protectionLevel").Description("Protection level, 1 to 5.");
        Field<DateOnlyGraphType>("goLiveOn").Description("When it went live.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>reportIncident</c>.</summary>
public sealed record ReportIncidentInput(string SystemId, List<string>? AlsoAffectedSystemIds, string Title, IncidentSeverity Severity, bool? IsSecurityIncident, DateTimeOffset DetectedAt);

public sealed class ReportIncidentInputGraphType : InputObjectGraphType<ReportIncidentInput>
{
    public ReportIncidentInputGraphType()
    {
        Name = "ReportIncidentInput";
        Description = "An incident, as soon as it is detected.";
        Field<NonNullGraphType<IdGraphType>>("systemId").Description("The system it was found on.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("alsoAffectedSystemIds").Description("Other systems it took down.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("What happened.");
        Field<NonNullGraphType<IncidentSeverityGraphType>>("severity").Description("How bad it is.");
        Field<BooleanGraphType>("isSecurityIncident").Description("Whether it is a security incident. Default false.");
        Field<NonNullGraphType<DateTimeGraphType>>("detectedAt").Description("When it was detected (not in the future).");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>resolveIncident</c>.</summary>
public sealed record ResolveIncidentInput(string Id, int Version, DateTimeOffset ResolvedAt, string Cause);

public sealed class ResolveIncidentInputGraphType : InputObjectGraphType<ResolveIncidentInput>
{
    public ResolveIncidentInputGraphType()
    {
        Name = "ResolveIncidentInput";
        Description = "Service restored: when, and the cause.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The incident.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the action is based on; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<DateTimeGraphType>>("resolvedAt").Description("When service was restored (after detection, not in the future).");
        Field<NonNullGraphType<StringGraphType>>("cause").Description("The cause.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>scheduleMaintenance</c>.</summary>
public sealed record ScheduleMaintenanceInput(string SystemId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Description);

public sealed class ScheduleMaintenanceInputGraphType : InputObjectGraphType<ScheduleMaintenanceInput>
{
    public ScheduleMaintenanceInputGraphType()
    {
        Name = "ScheduleMaintenanceInput";
        Description = "Planned work on a system, announced before it starts.";
        Field<NonNullGraphType<IdGraphType>>("systemId").Description("The system.");
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt").Description("When the work starts (not in the past).");
        Field<NonNullGraphType<DateTimeGraphType>>("endsAt").Description("When it ends.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What is done.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>recordBackup</c>.</summary>
public sealed record RecordBackupInput(string SystemId, BackupKind Kind, DateTimeOffset PerformedAt, bool Succeeded, string? Note);

public sealed class RecordBackupInputGraphType : InputObjectGraphType<RecordBackupInput>
{
    public RecordBackupInputGraphType()
    {
        Name = "RecordBackupInput";
        Description = "A backup or restore drill performed.";
        Field<NonNullGraphType<IdGraphType>>("systemId").Description("The system.");
        Field<NonNullGraphType<BackupKindGraphType>>("kind").Description("Backup or restore drill.");
        Field<NonNullGraphType<DateTimeGraphType>>("performedAt").Description("When (not in the future).");
        Field<NonNullGraphType<BooleanGraphType>>("succeeded").Description("Whether it succeeded.");
        Field<StringGraphType>("note").Description("A note, e.g. what failed.");
        this.ReadableBy(Access.Inherited);
    }
}
