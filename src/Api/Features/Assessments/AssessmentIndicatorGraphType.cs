using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Assessments;

namespace InfoGov.Api.Features.Assessments;

public sealed class AssessmentIndicatorGraphType() : DescribedEnumGraphType<AssessmentIndicator>(
    "An indicator of the yearly target-responsibility assessment.",
    new Dictionary<AssessmentIndicator, string>
    {
        [AssessmentIndicator.OnTimeDeliveryRate] = "Share of projects completed by their baseline due date (computed).",
        [AssessmentIndicator.FirstPassAcceptanceRate] = "Share of projects that passed their first acceptance.",
        [AssessmentIndicator.CostControl] = "Share of completed projects that stayed within their original budget (computed).",
        [AssessmentIndicator.SystemUptime] = "Availability of the department's systems.",
        [AssessmentIndicator.FaultRepairTimeliness] = "Share of faults repaired in time.",
        [AssessmentIndicator.DataSharingResponsiveness] = "Share of sharing requests answered in time.",
        [AssessmentIndicator.PortalDisclosure] = "Portal disclosure completeness.",
        [AssessmentIndicator.OfficeAutomationAdoption] = "Adoption of office automation.",
        [AssessmentIndicator.StaffTraining] = "Staff trained in informatization.",
        [AssessmentIndicator.RectificationTimeliness] = "Share of the rectification items of inspections that fell due in the year and were answered by their deadline and not reopened (computed; inputs: inspection code#item).",
    });
