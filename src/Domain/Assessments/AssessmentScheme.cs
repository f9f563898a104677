namespace InfoGov.Domain.Assessments;

/// <summary>The indicators of the yearly assessment with their weights (adding up to 100) and targets,
/// and which of them are computed from the record rather than scored by the office.</summary>
public static class AssessmentScheme
{
    public sealed record Spec(AssessmentIndicator Indicator, decimal Weight, decimal Target, bool IsComputed);

    public static readonly IReadOnlyList<Spec> Indicators =
    [
        new(AssessmentIndicator.OnTimeDeliveryRate, 15m, 0.80m, true),
        new(AssessmentIndicator.FirstPassAcceptanceRate, 15m, 0.85m, true),
        new(AssessmentIndicator.CostControl, 15m, 0.90m, true),
        new(AssessmentIndicator.SystemUptime, 10m, 0.99m, true),
        new(AssessmentIndicator.FaultRepairTimeliness, 10m, 0.95m, true),
        new(AssessmentIndicator.DataSharingResponsiveness, 10m, 0.90m, true),
        new(AssessmentIndicator.PortalDisclosure, 10m, 0.95m, false),
        new(AssessmentIndicator.OfficeAutomationAdoption, 5m, 0.90m, false),
        new(AssessmentIndicator.StaffTraining, 5m, 0.80m, false),
        // Inspections' rectification items put right by their deadline (taken from office automation's weight).
        new(AssessmentIndicator.RectificationTimeliness, 5m, 0.90m, true),
    ];
}
