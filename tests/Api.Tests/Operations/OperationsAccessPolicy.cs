using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.Authorization;
using static InfoGov.Api.Tests.Authorization.AccessPolicy;

namespace InfoGov.Api.Tests.Operations;

/// <summary>Who may read and change what in this feature: DOMAIN.md section 7 written out for the tests (see
/// <see cref="AccessPolicy"/>, which gathers every feature's rules for the access matrix).</summary>
public static class OperationsAccessPolicy
{
    public static readonly FeatureAccess Rules = new()
    {
        NodeTypes = new()
        {
            ["InformationSystem"] = new(AccessPolicy.Operations, AccessPolicy.Operations),
            ["Incident"] = new(AccessPolicy.Operations, AccessPolicy.Operations),
            ["BackupRecord"] = new(AccessPolicy.Operations, AccessPolicy.Operations),
            ["MaintenanceWindow"] = new(AccessPolicy.Operations, AccessPolicy.Operations),
            ["EmergencyPlan"] = new(AccessPolicy.Operations, AccessPolicy.Operations),
            ["EmergencyDrill"] = new(AccessPolicy.Operations, AccessPolicy.Operations),
            ["SecurityReview"] = new(AccessPolicy.Operations, AccessPolicy.Operations),
            ["SecurityFinding"] = new(AccessPolicy.Operations, AccessPolicy.Operations),
            ["TrainingRecord"] = new(AccessPolicy.Operations, AccessPolicy.Operations),
        },
        Query = new()
        {
            // Role level: every government user reaches the lists; rows are confined to their department's systems.
            ["informationSystems"] = new(false, [.. Gov.Where(r => r != Roles.Expert)], []),
            ["operationsKpis"] = new(false, [.. Gov.Where(r => r != Roles.Expert)], []),
            ["securityFindings"] = new(false, [.. Gov.Where(r => r != Roles.Expert)], []),
            ["trainingRecords"] = new(false, [.. Gov.Where(r => r != Roles.Expert)], []),
        },
        Mutation = new()
        {
            ["registerInformationSystem"] = new(OperationsKeepers, "{ name: \"x\", ownerDepartmentCode: \"NOPE\", hosting: GOVERNMENT_CLOUD, protectionLevel: 2 }"),
            ["reportIncident"] = new(OperationsKeepers, "{ systemId: \"bm9wZQ==\", title: \"x\", severity: MINOR, detectedAt: \"2026-11-01T00:00:00Z\" }"),
            ["resolveIncident"] = new(OperationsKeepers, "{ id: \"bm9wZQ==\", version: 1, resolvedAt: \"2026-11-01T00:00:00Z\", cause: \"x\" }"),
            ["scheduleMaintenance"] = new(OperationsKeepers, "{ systemId: \"bm9wZQ==\", startsAt: \"2027-01-01T00:00:00Z\", endsAt: \"2027-01-01T02:00:00Z\", description: \"x\" }"),
            ["recordBackup"] = new(OperationsKeepers, "{ systemId: \"bm9wZQ==\", kind: BACKUP, performedAt: \"2026-11-01T00:00:00Z\", succeeded: true }"),
            ["adoptEmergencyPlan"] = new(OperationsKeepers, "{ systemId: \"bm9wZQ==\", title: \"x\", scenarios: \"x\", approvedOn: \"2026-01-01\" }"),
            ["reviseEmergencyPlan"] = new(OperationsKeepers, "{ id: \"bm9wZQ==\", version: 1, title: \"x\", scenarios: \"x\", approvedOn: \"2026-01-01\" }"),
            ["recordEmergencyDrill"] = new(OperationsKeepers, "{ planId: \"bm9wZQ==\", heldOn: \"2026-01-01\", scenario: \"x\", outcome: PASSED }"),
            ["recordSecurityReview"] = new(OperationsKeepers, "{ systemId: \"bm9wZQ==\", kind: SECURITY_CHECK, performedOn: \"2026-01-01\", performedBy: \"x\", summary: \"x\" }"),
            ["resolveSecurityFinding"] = new(OperationsKeepers, "{ id: \"bm9wZQ==\", version: 1, resolvedOn: \"2026-01-01\", resolution: \"x\" }"),
            ["recordTraining"] = new(OperationsKeepers, "{ departmentCode: \"NOPE\", heldOn: \"2026-01-01\", topic: \"x\", hours: 2, attendees: 10 }"),
        },
        RowConfined =
        [
            "InformationSystem",
            "Incident",
            "BackupRecord",
            "MaintenanceWindow",
            "EmergencyPlan",
            "EmergencyDrill",
            "SecurityReview",
            "SecurityFinding",
            "TrainingRecord",
        ],
    };
}
