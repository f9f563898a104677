using InfoGov.Domain.Assessments;
using InfoGov.Domain.Departments;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    public const int AssessedYear = 2025;

    /// <summary>Last year's assessment of every department but the office. Delivery, acceptance,
    /// cost and sharing indicators are computed from the seeded record; the others (uptime and repairs
    /// among them: the seeded operations record starts later) are typed-in figures.</summary>
    private void SeedAssessments(List<SeededProject> projects)
    {
        var originalBudgets = projects.Where(p => p.ApprovedOn is not null)
            .ToDictionary(p => p.Project.Id, p => p.OriginalBudget!.Amount);
        var spent = db.Expenditures.Local.GroupBy(e => e.ProjectId).ToDictionary(g => g.Key, g => g.Sum(e => e.Amount.Amount));
        var assessments = new List<Assessment>();
        foreach (var department in _departments.Values.Where(d => d.Kind != DepartmentKind.CommitteeOffice))
        {
            var assessment = new Assessment { Id = NextId(), Year = AssessedYear, DepartmentId = department.Id, IsPublished = true };
            var own = projects.Where(p => p.Project.OwnerDepartmentId == department.Id).Select(p => p.Project).ToList();
            var ownIds = own.Select(p => p.Id).ToHashSet();
            var provided = db.DataResources.Local.Where(r => r.ProviderDepartmentId == department.Id).Select(r => r.Id).ToHashSet();
            var results = AssessmentScheme.Indicators.Select(spec =>
            {
                var computed = spec.Indicator switch
                {
                    AssessmentIndicator.OnTimeDeliveryRate => IndicatorCalculator.OnTimeDeliveryRate(own, AssessedYear),
                    AssessmentIndicator.CostControl => IndicatorCalculator.CostControlRate(own, AssessedYear, originalBudgets, spent),
                    AssessmentIndicator.FirstPassAcceptanceRate => IndicatorCalculator.FirstPassAcceptanceRate(
                        db.Acceptances.Local.Where(a => ownIds.Contains(a.ProjectId)), AssessedYear),
                    AssessmentIndicator.DataSharingResponsiveness => IndicatorCalculator.SharingResponsiveness(
                        db.SharingRequests.Local.Where(r => provided.Contains(r.ResourceId)), AssessedYear, ReferenceDate),
                    _ => null,
                };
                var isComputed = spec.Indicator is AssessmentIndicator.OnTimeDeliveryRate or AssessmentIndicator.CostControl
                    or AssessmentIndicator.FirstPassAcceptanceRate or AssessmentIndicator.DataSharingResponsiveness;
                var id = NextId();
                // Nothing to measure (no project completed, no request received) leaves the indicator unscored.
                return IndicatorResult.For(assessment.Id, spec.Indicator, spec.Weight, spec.Target, isComputed,
                    isComputed ? computed : Math.Round(spec.Target * (decimal)(0.8 + _random.NextDouble() * 0.3), 4), null, id);
            }).ToList();
            db.IndicatorResults.AddRange(results);
            assessment.ScoreFrom(results);
            assessments.Add(assessment);
        }
        AssessmentRun.Rank(assessments);
        db.Assessments.AddRange(assessments);
    }
}
