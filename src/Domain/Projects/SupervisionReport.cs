using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Domain.Projects;

/// <summary>How the construction supervisor found the quality of the work in the month.</summary>
public enum QualityFinding
{
    Satisfactory,
    NeedsImprovement,
    Unsatisfactory,
}

/// <summary>How the construction supervisor found the schedule in the month.</summary>
public enum ScheduleFinding
{
    OnSchedule,
    Slipping,
    Behind,
}

/// <summary>
/// The construction supervisor's (监理) monthly report on a project: the quality of the work, the schedule and the
/// issues it found, as the owning department received it. One per supervisor per month.
/// </summary>
public sealed class SupervisionReport : Entity, IPartOfProject
{
    public const int IssuesMaxLength = 4000;

    public required Guid ProjectId { get; init; }
    public required Guid SupervisorId { get; init; }
    /// <summary>The first day of the month reported on.</summary>
    public required DateOnly Month { get; init; }
    public required QualityFinding Quality { get; init; }
    public required ScheduleFinding Schedule { get; init; }
    public string? Issues { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    public required string RecordedBy { get; init; }

    /// <summary>
    /// The report of <paramref name="supervisor"/> on <paramref name="project"/> under way for <paramref name="month"/>:
    /// the firm is a construction supervisor holding a contract on the project (<paramref name="contracted"/>), the
    /// month is neither before the project started nor after this one, not reported already (<paramref name="reported"/>),
    /// and anything short of satisfactory and on schedule says what the issues are.
    /// </summary>
    public static SupervisionReport Record(Project project, Vendor supervisor, bool contracted, DateOnly month, QualityFinding quality, ScheduleFinding schedule,
        string? issues, bool reported, DateOnly today, string recordedBy, DateTimeOffset at)
    {
        if (!ProjectLifecycle.IsUnderWay(project.Status))
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Supervision reports are recorded while a project is under way; this one is {project.Status}.");
        if (supervisor.Kind != VendorKind.Supervisor)
            throw new RuleViolation(RuleViolation.Validation, $"{supervisor.Name} is registered as a {supervisor.Kind}, not as a construction supervisor.", "supervisorId");
        if (!contracted)
            throw new RuleViolation(RuleViolation.Validation, $"{supervisor.Name} holds no contract on this project.", "supervisorId");
        if (month.Day != 1) throw new RuleViolation(RuleViolation.Validation, "Give the month as its first day, e.g. 2026-11-01.", "month");
        if (month > new DateOnly(today.Year, today.Month, 1)) throw new RuleViolation(RuleViolation.Validation, "A month is reported on once it has begun.", "month");
        if (project.ActualStartOn is { } start && month < new DateOnly(start.Year, start.Month, 1))
            throw new RuleViolation(RuleViolation.Validation, $"The project started on {start:yyyy-MM-dd}.", "month");
        if (reported) throw new RuleViolation(RuleViolation.InvalidTransition, $"{supervisor.Name} has reported on {month:yyyy-MM} already.", "month");
        var text = string.IsNullOrWhiteSpace(issues) ? null : issues.Trim();
        if (text is null && (quality != QualityFinding.Satisfactory || schedule != ScheduleFinding.OnSchedule))
            throw new RuleViolation(RuleViolation.Validation, "Say what the issues are when the work is not satisfactory or not on schedule.", "issues");
        if (text?.Length > IssuesMaxLength) throw new RuleViolation(RuleViolation.Validation, $"Keep the issues within {IssuesMaxLength} characters.", "issues");
        var report = new SupervisionReport
        {
            ProjectId = project.Id,
            SupervisorId = supervisor.Id,
            Month = month,
            Quality = quality,
            Schedule = schedule,
            Issues = text,
            RecordedAt = at,
            RecordedBy = recordedBy,
        };
        report.Raise(new DomainEvent(EventKind.SupervisionReportRecorded, nameof(SupervisionReport), report.Id, project.Id, DepartmentId: project.OwnerDepartmentId));
        return report;
    }
}
