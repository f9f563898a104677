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
        [AssessmentIndicator.DataSharingResponsiveness] = "Share of the sharing requests received and the data needs routed to the department that were answered in time (computed; inputs: request numbers, then need codes).",
        [AssessmentIndicator.PortalDisclosure] = "Portal disclosure completeness.",
        [AssessmentIndicator.OfficeAutomationAdoption] = "Adoption of office automation.",
        [AssessmentIndicator.StaffTraining] = "Staff trained in informatization.",
        [AssessmentIndicator.RectificationTimeliness] = "Share of the rectification items of inspections that fell due in the year and were answered by their deadline and not reopened (computed; inputs: inspection code#item).",
    });
