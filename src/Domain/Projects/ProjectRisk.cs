using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Domain.Projects;

/// <summary>Where a risk of the register stands.</summary>
public enum RiskStatus
{
    Open,
    Closed,
}

/// <summary>How serious a risk is, from its score.</summary>
public enum RiskSeverity
{
    Low,
    Medium,
    High,
}

/// <summary>
/// A risk or issue of a project's register: what could go wrong, who owns it, how likely (1-5) and how bad (1-5), what
/// is done about it; open until closed with a note. The owning department escalates one it cannot handle to the office.
/// </summary>
public sealed class ProjectRisk : VersionedEntity, IPartOfProject, Integration.IKeepsHistory
{
    public const int TextMaxLength = 2000;

    public required Guid ProjectId { get; init; }
    /// <summary>1 for the project's first risk, then 2, 3...</summary>
    public required int Number { get; init; }
    public required string Title { get; init; }
    /// <summary>The person who answers for it.</summary>
    public string Owner { get; private set; } = "";
    public int Likelihood { get; private set; }
    public int Impact { get; private set; }
    public string Mitigation { get; private set; } = "";
    public RiskStatus Status { get; private set; } = RiskStatus.Open;
    public required DateTimeOffset RaisedAt { get; init; }
    public required string RaisedBy { get; init; }
    public DateTimeOffset? EscalatedAt { get; private set; }
    public string? EscalationReason { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosingNote { get; private set; }

    /// <summary>Likelihood times impact: 1 to 25.</summary>
    public int Score => Likelihood * Impact;

    /// <summary>High from 15, medium from 8, low below.</summary>
    public RiskSeverity Severity => Score >= 15 ? RiskSeverity.High : Score >= 8 ? RiskSeverity.Medium : RiskSeverity.Low;

    public bool IsEscalated => EscalatedAt is not null;

    /// <summary>A risk raised on <paramref name="project"/> (approved, or under way) as number <paramref name="riskCount"/> + 1.</summary>
    public static ProjectRisk Raise(Project project, int riskCount, string title, string owner, int likelihood, int impact, string mitigation, string raisedBy, DateTimeOffset at)
    {
        if (project.Status != ProjectStatus.Approved && !ProjectLifecycle.IsUnderWay(project.Status))
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Risks are registered from approval until acceptance; this project is {project.Status}.");
        var risk = new ProjectRisk
        {
            ProjectId = project.Id,
            Number = riskCount + 1,
            Title = Texts.Required(title, "title", "Say what could go wrong.", TextMaxLength),
            Owner = Texts.Required(owner, "owner", "Name the person who answers for the risk.", TextMaxLength),
            Likelihood = Scale(likelihood, "likelihood"),
            Impact = Scale(impact, "impact"),
            Mitigation = Texts.Required(mitigation, "mitigation", "Say what is done about it.", TextMaxLength),
            RaisedAt = at,
            RaisedBy = raisedBy,
        };
        return risk;
    }

    /// <summary>A new assessment of an open risk: likelihood and impact, and the owner and mitigation where given.</summary>
    public void Reassess(int likelihood, int impact, string? owner, string? mitigation)
    {
        RequireOpen();
        Likelihood = Scale(likelihood, "likelihood");
        Impact = Scale(impact, "impact");
        if (owner is not null) Owner = Texts.Required(owner, "owner", "Name the person who answers for the risk.", TextMaxLength);
        if (mitigation is not null) Mitigation = Texts.Required(mitigation, "mitigation", "Say what is done about it.", TextMaxLength);
    }

    /// <summary>The owning department hands an open risk it cannot handle to the office, saying why; once.</summary>
    public void Escalate(Project project, string reason, DateTimeOffset at)
    {
        RequireOpen();
        if (EscalatedAt is { } when)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Risk {Number} was escalated to the office on {when:yyyy-MM-dd}.");
        EscalationReason = Texts.Required(reason, "reason", "Say what the department needs from the office.", TextMaxLength);
        EscalatedAt = at;
        Raise(new DomainEvent(EventKind.RiskEscalated, nameof(ProjectRisk), Id, ProjectId, DepartmentId: project.OwnerDepartmentId));
    }

    /// <summary>An open risk closed: it did not happen, or was dealt with, as the note says.</summary>
    public void Close(string note, DateTimeOffset at)
    {
        RequireOpen();
        ClosingNote = Texts.Required(note, "note", "Say why the risk is closed.", TextMaxLength);
        ClosedAt = at;
        Status = RiskStatus.Closed;
    }

    private void RequireOpen()
    {
        if (Status != RiskStatus.Open) throw new RuleViolation(RuleViolation.InvalidTransition, $"Risk {Number} is closed.");
    }

    private static int Scale(int value, string field) => value is >= 1 and <= 5
        ? value
        : throw new RuleViolation(RuleViolation.Validation, "Rate it from 1 (lowest) to 5 (highest).", field);
}
