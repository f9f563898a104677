using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Operations;

namespace InfoGov.Api.Features.Operations;

public sealed class OperationsKpisGraphType : ObjectGraphType<OperationsKpis>
{
    public OperationsKpisGraphType()
    {
        Name = "OperationsKpis";
        Description = "The information centre's indicators for a month, computed from the records. A rate with nothing to count is null, never 100%.";
        Field(k => k.Systems).Description("Systems in operation (not retired) counted.");
        Field(k => k.StableOperationRate, nullable: true).Description("Mean availability of those systems, percent.");
        Field(k => k.Incidents).Description("Incidents open at some time in the month.");
        Field(k => k.IncidentsResolved).Description("Incidents resolved in the month.");
        Field(k => k.RepairWithinTargetRate, nullable: true).Description("Percent of the incidents resolved in the month that were repaired within their severity's target.");
        Field(k => k.Backups).Description("Backups performed in the month.");
        Field(k => k.BackupSuccessRate, nullable: true).Description("Percent of them that succeeded.");
        Field(k => k.RestoreDrills).Description("Restore drills performed in the month.");
        Field(k => k.RestoreDrillSuccessRate, nullable: true).Description("Percent of them that succeeded.");
        Field(k => k.SecurityIncidents).Description("Security incidents open at some time in the month.");
        Field<DecimalGraphType>("emergencyPlanCoverageRate").Description("Percent of the systems counted with an emergency plan in force on the month's last day.")
            .Resolve(ctx => ctx.Source.Continuity.EmergencyPlanCoverageRate);
        Field<NonNullGraphType<IntGraphType>>("emergencyDrills").Description("Drills of emergency plans held in the month.")
            .Resolve(ctx => ctx.Source.Continuity.EmergencyDrills);
        Field<DecimalGraphType>("emergencyDrillSuccessRate").Description("Percent of them that restored service (passed, with or without issues).")
            .Resolve(ctx => ctx.Source.Continuity.EmergencyDrillSuccessRate);
        Field<NonNullGraphType<IntGraphType>>("securityChecks").Description("Security checks made in the month.")
            .Resolve(ctx => ctx.Source.Continuity.SecurityChecks);
        Field<NonNullGraphType<IntGraphType>>("riskAssessments").Description("Risk assessments made in the month.")
            .Resolve(ctx => ctx.Source.Continuity.RiskAssessments);
        Field<NonNullGraphType<IntGraphType>>("securityFindingsOpen").Description("Findings of security reviews still open on the month's last day.")
            .Resolve(ctx => ctx.Source.Continuity.SecurityFindingsOpen);
        Field<NonNullGraphType<IntGraphType>>("securityFindingsOverdue").Description("Of those, the ones past their deadline.")
            .Resolve(ctx => ctx.Source.Continuity.SecurityFindingsOverdue);
        Field<NonNullGraphType<IntGraphType>>("trainingSessions").Description("Staff training sessions held in the month by the departments counted (the caller's own, or the one named; the office: all).")
            .Resolve(ctx => ctx.Source.Continuity.TrainingSessions);
        Field<NonNullGraphType<DecimalGraphType>>("trainingPersonHours").Description("Their hours times attendees.")
            .Resolve(ctx => ctx.Source.Continuity.TrainingPersonHours);
        this.ReadableBy(Access.Inherited);
    }
}
