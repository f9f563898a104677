using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Operations;
using InfoGov.Domain.Projects;
using InfoGov.Domain.Supervision;

namespace InfoGov.Domain.Assessments;

/// <summary>What one department's assessment is computed from.</summary>
public sealed record DepartmentRecord(
    IReadOnlyList<Project> Projects, IReadOnlyDictionary<Guid, decimal> OriginalBudgets, IReadOnlyDictionary<Guid, decimal> Spent,
    IReadOnlyList<Acceptance> Acceptances, IReadOnlyList<SharingRequest> Received,
    IReadOnlyList<InformationSystem> Systems, IReadOnlyList<Incident> Incidents,
    IReadOnlyList<(RectificationItem Item, string InspectionCode)> Rectifications,
    IReadOnlyList<DataNeed>? NeedsRouted = null);

/// <summary>
/// A year's assessment of one department: every computable indicator computed from the record, with
/// the codes of what it counted; the indicators the office scores carried over from the last run; an
/// indicator with nothing to measure left unscored. Running it again gives the same results for the
/// same record.
/// </summary>
public static class AssessmentRun
{
    public static IReadOnlyList<IndicatorResult> Compute(Assessment assessment, DepartmentRecord record, IReadOnlyList<IndicatorResult> previous,
        DateTimeOffset yearStart, DateTimeOffset yearEnd, DateTimeOffset now, RepairTargets targets)
    {
        var year = assessment.Year;
        var completed = record.Projects.Where(p => p.CompletedOn?.Year == year).OrderBy(p => p.Code).ToList();
        var codes = record.Projects.ToDictionary(p => p.Id, p => p.Code);
        var firstAcceptances = record.Acceptances.Where(a => a.IsFirstAttempt && !a.IsOpen && a.HeldOn.Year == year).ToList();
        var received = record.Received.Where(r => r.SubmittedOn.Year == year && r.Status != SharingRequestStatus.Withdrawn).OrderBy(r => r.Number).ToList();
        var systems = record.Systems.Where(s => s.Status != SystemStatus.Retired && (s.GoLiveOn is not { } live || live.Year <= year)).OrderBy(s => s.Code).ToList();
        var systemIds = systems.Select(s => s.Id).ToHashSet();
        var repaired = record.Incidents.Where(i => systemIds.Contains(i.SystemId) && i.ResolvedAt is { } r && r >= yearStart && r < yearEnd).ToList();
        var systemCodes = systems.ToDictionary(s => s.Id, s => s.Code);
        var today = DateOnly.FromDateTime(now.Date);
        var rectifications = record.Rectifications.Where(r => IndicatorCalculator.RectificationFallsDue(r.Item, year, today))
            .OrderBy(r => r.InspectionCode).ThenBy(r => r.Item.Number).ToList();

        (decimal? Actual, IEnumerable<string> Inputs) Measure(AssessmentIndicator indicator) => indicator switch
        {
            AssessmentIndicator.OnTimeDeliveryRate => (IndicatorCalculator.OnTimeDeliveryRate(completed, year), completed.Select(p => p.Code)),
            AssessmentIndicator.CostControl => (IndicatorCalculator.CostControlRate(completed, year, record.OriginalBudgets, record.Spent), completed.Select(p => p.Code)),
            AssessmentIndicator.FirstPassAcceptanceRate => (IndicatorCalculator.FirstPassAcceptanceRate(firstAcceptances, year),
                firstAcceptances.Select(a => codes.GetValueOrDefault(a.ProjectId, "?")).Order()),
            AssessmentIndicator.DataSharingResponsiveness => (IndicatorCalculator.SharingResponsiveness(received, record.NeedsRouted ?? [], year, DateOnly.FromDateTime(now.Date)),
                IndicatorCalculator.AnswerableBy(received, year, DateOnly.FromDateTime(now.Date)).Select(r => r.Number)
                    .Concat(IndicatorCalculator.AnswerableBy(record.NeedsRouted ?? [], year, DateOnly.FromDateTime(now.Date)).OrderBy(n => n.Code).Select(n => n.Code))),
            AssessmentIndicator.SystemUptime => (systems.Count == 0 ? null
                : Math.Round(systems.Average(s => Availability.Of(s.Id, record.Incidents, yearStart, yearEnd, now).Exact) / 100m, 4), systems.Select(s => s.Code)),
            AssessmentIndicator.FaultRepairTimeliness => (repaired.Count == 0 ? null
                : Math.Round((decimal)repaired.Count(i => i.RepairTime <= targets.For(i.Severity)) / repaired.Count, 4),
                repaired.OrderBy(i => i.DetectedAt).Select(i => $"{systemCodes[i.SystemId]}@{i.DetectedAt:yyyy-MM-dd}")),
            AssessmentIndicator.RectificationTimeliness => (IndicatorCalculator.RectificationTimeliness(rectifications.Select(r => r.Item), year, today),
                rectifications.Select(r => $"{r.InspectionCode}#{r.Item.Number}")),
            _ => (null, []),
        };

        var results = AssessmentScheme.Indicators.Select(spec =>
        {
            if (!spec.IsComputed)
                return IndicatorResult.For(assessment.Id, spec.Indicator, spec.Weight, spec.Target, false,
                    previous.FirstOrDefault(p => p.Indicator == spec.Indicator)?.Actual, null);
            var (actual, inputs) = Measure(spec.Indicator);
            return IndicatorResult.For(assessment.Id, spec.Indicator, spec.Weight, spec.Target, true, actual, inputs);
        }).ToList();
        assessment.ScoreFrom(results);
        return results;
    }

    /// <summary>Ranks a year's scored assessments, best first; an unscored one has no rank.</summary>
    public static void Rank(IEnumerable<Assessment> assessments)
    {
        var rank = 0;
        foreach (var assessment in assessments.OrderByDescending(a => a.Score ?? -1))
            assessment.SetRank(assessment.Score is null ? null : ++rank);
    }
}
