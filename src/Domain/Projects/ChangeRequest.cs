using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>A request to change scope, budget or dates of an approved project, with a reason.
/// It carries the whole proposed plan, which becomes the new baseline if approved.</summary>
public sealed class ChangeRequest : VersionedEntity, IPartOfProject
{
    public required Guid ProjectId { get; init; }
    public required ChangeKind Kind { get; init; }
    public required string Reason { get; init; }
    public required ProjectPlan ProposedPlan { get; init; }
    public ChangeRequestStatus Status { get; private set; } = ChangeRequestStatus.Pending;
    public required DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; private set; }
    /// <summary>Who decided; null for requests decided before deciders were recorded.</summary>
    public string? DecidedBy { get; private set; }
    public string? DecisionNote { get; private set; }

    /// <summary>The office's decision, once: approval re-baselines <paramref name="project"/>.</summary>
    public void Decide(Project project, bool approve, string decidedBy, DateTimeOffset at, string? note)
    {
        if (Status != ChangeRequestStatus.Pending)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"This change request was already {Status}.");
        Status = approve ? ChangeRequestStatus.Approved : ChangeRequestStatus.Refused;
        DecidedAt = at;
        DecidedBy = decidedBy;
        DecisionNote = note?.Trim();
        Raise(new Integration.DomainEvent(Integration.EventKind.ChangeRequestDecided, nameof(ChangeRequest), Id, ProjectId, DepartmentId: project.OwnerDepartmentId));
        if (approve) project.Rebaseline(ProposedPlan, at, decidedBy, Id);
    }
}
