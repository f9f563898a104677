using InfoGov.Domain.Assessments;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    public const int AssessedYear = 2025;

    private static readonly (AssessmentIndicator Indicator, decimal Weight, decimal Target)[] Indicators =
    [
        (AssessmentIndicator.OnTimeDeliveryRate, 15m, 0.80m),
        (AssessmentIndicator.FirstPassAcceptanceRate, 15m, 0.85m),
        (AssessmentIndicator.CostControl, 15m, 0.90m),
        (AssessmentIndicator.SystemUptime, 10m, 0.99m),
        (AssessmentIndicator.FaultRepairTimeliness, 10m, 0.95m),
        (AssessmentIndicator.DataSharingResponsiveness, 10m, 0.90m),
        (AssessmentIndicator.PortalDisclosure, 10m, 0.95m),
        (AssessmentIndicator.OfficeAutomationAdoption, 10m, 0.90m),
        (AssessmentIndicator.StaffTraining, 5m, 0.80m),
    ];

    /// <summary>Last year's assessment of every department but the office. Delivery, acceptance and
    /// cost indicators are computed from the seeded projects; the others are typed-in figures.</summary>
    private void SeedAssessments(List<SeededProject> projects)
    {
        var assessments = new List<Assessment>();
        foreach (var department in _departments.Values.Where(d => d.Kind != DepartmentKind.CommitteeOffice))
        {
            var assessment = new Assessment { Id = NextId(), Year = AssessedYear, DepartmentId = department.Id, IsPublished = true };
            var own = projects.Where(p => p.Project.OwnerDepartmentId == department.Id).Select(p => p.Project).ToList();
            var completed = own.Where(p => p.CompletedOn?.Year == AssessedYear).ToList();
            var results = Indicators.Select(spec => new IndicatorResult
            {
                Id = NextId(), AssessmentId = assessment.Id, Indicator = spec.Indicator, Weight = spec.Weight, Target = spec.Target,
                IsComputed = spec.Indicator is AssessmentIndicator.OnTimeDeliveryRate or AssessmentIndicator.CostControl,
                Actual = spec.Indicator switch
                {
                    AssessmentIndicator.OnTimeDeliveryRate => completed.Count == 0 ? spec.Target
                        : Math.Round((decimal)completed.Count(p => ProjectHealth.DeliveredOnTime(p.Baseline, p.CompletedOn) == true) / completed.Count, 4),
                    AssessmentIndicator.CostControl => completed.Count == 0 ? spec.Target
                        : Math.Round((decimal)completed.Count(p => p.Baseline!.Budget.Amount >= p.CurrentPlan.Budget.Amount) / completed.Count, 4),
                    _ => Math.Round(spec.Target * (decimal)(0.8 + _random.NextDouble() * 0.3), 4),
                },
            }).ToList();
            db.IndicatorResults.AddRange(results);
            assessment.ScoreFrom(results);
            assessments.Add(assessment);
        }
        var rank = 0;
        foreach (var assessment in assessments.OrderByDescending(a => a.Score)) assessment.SetRank(++rank);
        db.Assessments.AddRange(assessments);
    }
}
