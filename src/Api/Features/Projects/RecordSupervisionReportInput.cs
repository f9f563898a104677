using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>recordSupervisionReport</c>.</summary>
public sealed record RecordSupervisionReportInput(string ProjectId, string SupervisorId, DateOnly Month, QualityFinding Quality, ScheduleFinding Schedule, string? Issues);

public sealed class RecordSupervisionReportInputGraphType : InputObjectGraphType<RecordSupervisionReportInput>
{
    public RecordSupervisionReportInputGraphType()
    {
        Name = "RecordSupervisionReportInput";
        Description = "A construction supervisor's monthly report on a project under way, as the owning department received it.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<IdGraphType>>("supervisorId").Description("Global id of the supervising firm: registered as a construction supervisor and holding a contract on the project.");
        Field<NonNullGraphType<DateOnlyGraphType>>("month").Description("The first day of the month reported on; one report per supervisor per month.");
        Field<NonNullGraphType<QualityFindingGraphType>>("quality").Description("How the supervisor found the quality of the work.");
        Field<NonNullGraphType<ScheduleFindingGraphType>>("schedule").Description("How the supervisor found the schedule.");
        Field<StringGraphType>("issues").Description("The issues found: required unless satisfactory and on schedule (up to 4,000 characters).");
        this.ReadableBy(Access.Inherited);
    }
}
