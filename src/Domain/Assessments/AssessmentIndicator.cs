namespace InfoGov.Domain.Assessments;

/// <summary>The indicators of the yearly target-responsibility assessment.</summary>
public enum AssessmentIndicator
{
    OnTimeDeliveryRate,
    FirstPassAcceptanceRate,
    CostControl,
    SystemUptime,
    FaultRepairTimeliness,
    DataSharingResponsiveness,
    PortalDisclosure,
    OfficeAutomationAdoption,
    StaffTraining,
    RectificationTimeliness,
}
