using InfoGov.Domain.Common;

namespace InfoGov.Domain.Operations;

/// <summary>What kind of security review of a system was made.</summary>
public enum SecurityReviewKind
{
    /// <summary>A security check (安全检查): configuration, patches, accounts, logs.</summary>
    SecurityCheck,
    /// <summary>A risk assessment (风险评估): threats, vulnerabilities and their consequences.</summary>
    RiskAssessment,
}

/// <summary>
/// A security check or risk assessment of a system in operation, by whom and when, with its findings: each finding
/// has a severity, a remedy and a deadline, and stays open until the system's keepers record it resolved.
/// </summary>
public sealed class SecurityReview : Entity, IPartOfSystem
{
    public const int TextMaxLength = 4000;

    public required Guid SystemId { get; init; }
    public required SecurityReviewKind Kind { get; init; }
    public required DateOnly PerformedOn { get; init; }
    /// <summary>Who made it: the centre's security team, an accredited assessor...</summary>
    public required string PerformedBy { get; init; }
    public required string Summary { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>
    /// The review of <paramref name="systemId"/> made on <paramref name="performedOn"/> (not in the future), and its
    /// findings, numbered in order, each due after the review; a high-severity finding is announced.
    /// <paramref name="ownerDepartmentId"/> is the system owner's, whom the announcement concerns.
    /// </summary>
    public static (SecurityReview Review, IReadOnlyList<SecurityFinding> Findings) Record(Guid systemId, Guid ownerDepartmentId, SecurityReviewKind kind,
        DateOnly performedOn, string performedBy, string summary,
        IReadOnlyList<(string Description, FindingSeverity Severity, string Remedy, DateOnly DueOn)> findings, DateTimeOffset at, DateOnly today)
    {
        if (performedOn > today) throw new RuleViolation(RuleViolation.Validation, "A review is recorded once made.", "performedOn");
        if (findings.Count > 200) throw new RuleViolation(RuleViolation.Validation, "Record at most 200 findings in one review.", "findings");
        var review = new SecurityReview
        {
            SystemId = systemId,
            Kind = kind,
            PerformedOn = performedOn,
            PerformedBy = Texts.Required(performedBy, "performedBy", "Say who made the review.", 200),
            Summary = Texts.Required(summary, "summary", "Summarise what the review concluded.", TextMaxLength),
            RecordedAt = at,
        };
        var list = findings.Select((f, index) =>
        {
            var field = $"findings[{index}]";
            if (f.DueOn <= performedOn)
                throw new RuleViolation(RuleViolation.Validation, $"Finding {index + 1} is due after the review ({performedOn:yyyy-MM-dd}).", field + ".dueOn");
            return SecurityFinding.Found(review.Id, systemId, ownerDepartmentId, index + 1,
                Texts.Required(f.Description, field + ".description", "Say what was found.", TextMaxLength), f.Severity,
                Texts.Required(f.Remedy, field + ".remedy", "Say what is to be done.", TextMaxLength), f.DueOn, performedOn);
        }).ToList();
        return (review, list);
    }
}
