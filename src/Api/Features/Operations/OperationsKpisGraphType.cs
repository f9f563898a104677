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
        this.ReadableBy(Access.Inherited);
    }
}
