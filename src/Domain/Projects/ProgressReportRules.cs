using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>What a monthly progress report must satisfy: one per month while the project is under
/// way, for a month that has begun, progress 0-100, and a decrease only with an explanation.</summary>
public static class ProgressReportRules
{
    public static void Check(Project project, DateOnly month, int progressPercent, Money spendToDate, string? explanation,
        ProgressReport? previous, bool monthAlreadyReported, DateOnly today)
    {
        if (!ProjectLifecycle.IsUnderWay(project.Status))
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Progress is reported while a project is under way; this one is {project.Status}.");
        if (month.Day != 1)
            throw new RuleViolation(RuleViolation.Validation, "Give the month as its first day, e.g. 2026-11-01.", "month");
        if (month > ProgressReportSchedule.MonthOf(today))
            throw new RuleViolation(RuleViolation.Validation, "A month is reported once it has begun.", "month");
        if (project.ActualStartOn is { } start && month < ProgressReportSchedule.MonthOf(start))
            throw new RuleViolation(RuleViolation.Validation, "The month is before the project started.", "month");
        if (monthAlreadyReported)
            throw new RuleViolation(RuleViolation.Validation, "This month has already been reported; there is one report per project per month.", "month");
        if (progressPercent is < 0 or > 100)
            throw new RuleViolation(RuleViolation.Validation, "Progress is a percentage from 0 to 100.", "progressPercent");
        if (spendToDate.Amount < 0m)
            throw new RuleViolation(RuleViolation.Validation, "Spend to date cannot be negative.", "spendToDate.amount");
        if (previous is not null && progressPercent < previous.ProgressPercent && string.IsNullOrWhiteSpace(explanation))
            throw new RuleViolation(RuleViolation.Validation,
                $"Progress went down from {previous.ProgressPercent}% to {progressPercent}%: explain why.", "explanation");
    }
}
