using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Domain.Projects;

/// <summary>A dated checkpoint of the baseline, reached on a day the owning department records with its evidence.</summary>
public sealed class Milestone : VersionedEntity, IPartOfProject, Integration.IKeepsHistory
{
    public required Guid ProjectId { get; init; }
    public required string Name { get; init; }
    public required DateOnly DueOn { get; init; }
    public DateOnly? CompletedOn { get; private set; }
    /// <summary>What shows the milestone reached (a document number, a sign-off, a test report); recorded with the date.</summary>
    public string? Evidence { get; private set; }

    public const int EvidenceMaxLength = 1000;

    /// <summary>
    /// The owning department records the milestone reached on <paramref name="completedOn"/>, with its evidence,
    /// while <paramref name="project"/> is under way: once, on a day neither in the future nor before the project started.
    /// </summary>
    public void Complete(Project project, DateOnly completedOn, string evidence, DateOnly today)
    {
        if (project.Id != ProjectId) throw new ArgumentException("The milestone is of another project.", nameof(project));
        if (!ProjectLifecycle.IsUnderWay(project.Status))
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Milestones are completed while a project is under way; this one is {project.Status}.");
        if (CompletedOn is { } done)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"The milestone '{Name}' was completed on {done:yyyy-MM-dd}.");
        if (string.IsNullOrWhiteSpace(evidence)) throw new RuleViolation(RuleViolation.Validation, "Say what shows the milestone reached.", "evidence");
        if (evidence.Trim().Length > EvidenceMaxLength)
            throw new RuleViolation(RuleViolation.Validation, $"Keep the evidence within {EvidenceMaxLength} characters; link to the document itself.", "evidence");
        if (completedOn > today) throw new RuleViolation(RuleViolation.Validation, "A milestone is recorded once reached, not ahead.", "completedOn");
        if (project.ActualStartOn is { } start && completedOn < start)
            throw new RuleViolation(RuleViolation.Validation, $"The project started on {start:yyyy-MM-dd}; a milestone is not reached before that.", "completedOn");
        CompletedOn = completedOn;
        Evidence = evidence.Trim();
        Raise(new DomainEvent(EventKind.MilestoneCompleted, nameof(Milestone), Id, ProjectId, DepartmentId: project.OwnerDepartmentId));
    }

    /// <summary>
    /// Days past the due date as things stood on <paramref name="asOf"/>: how late it was reached, or how long it
    /// had been open past its date (a milestone reached after <paramref name="asOf"/> was still open then); 0 when
    /// on time or not yet due.
    /// </summary>
    public int DaysLate(DateOnly asOf) =>
        Math.Max(0, (CompletedOn is { } done && done <= asOf ? done : asOf).DayNumber - DueOn.DayNumber);

    /// <summary>True when the milestone was reached after its due date, or is still not reached past it.</summary>
    public bool IsLate(DateOnly asOf) => DaysLate(asOf) > 0;

    /// <summary>The largest lateness among <paramref name="milestones"/> on <paramref name="asOf"/>; 0 for none.</summary>
    public static int MostDaysLate(IEnumerable<Milestone> milestones, DateOnly asOf) =>
        milestones.Select(m => m.DaysLate(asOf)).DefaultIfEmpty(0).Max();
}
