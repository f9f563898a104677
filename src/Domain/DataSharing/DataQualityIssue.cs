using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Domain.DataSharing;

/// <summary>What is wrong with the data a consumer got.</summary>
public enum QualityIssueKind
{
    /// <summary>Values that are not true.</summary>
    Wrong,
    /// <summary>Records or values that should be there and are not.</summary>
    Missing,
    /// <summary>Data not refreshed when its update cycle says.</summary>
    Late,
}

/// <summary>How the provider settled a quality issue.</summary>
public enum QualityIssueResolution
{
    /// <summary>Put right.</summary>
    Corrected,
    /// <summary>The data was right: the answer says why.</summary>
    NotAnIssue,
}

/// <summary>
/// A consumer's report of a quality problem with a catalog entry's data (wrong, missing or late), with its evidence;
/// the provider answers by a deadline in working days, saying whether it corrected the data or why it was right.
/// </summary>
public sealed class DataQualityIssue : VersionedEntity, IPartOfDataResource, IKeepsHistory
{
    public const int DefaultAnswerWorkingDays = 5;
    public const int TextMaxLength = 4000;

    Guid? IPartOfDataResource.CounterpartDepartmentId => ReportedByDepartmentId;

    public required Guid ResourceId { get; init; }
    public required Guid ReportedByDepartmentId { get; init; }
    public required QualityIssueKind Kind { get; init; }
    public required string Description { get; init; }
    /// <summary>What shows it: record keys, a sample, dates.</summary>
    public required string Evidence { get; init; }
    public required DateOnly ReportedOn { get; init; }
    public required DateOnly AnswerDueOn { get; init; }
    public QualityIssueResolution? Resolution { get; private set; }
    public string? Answer { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }

    public bool IsOpen => AnsweredOn is null;

    public bool IsOverdue(DateOnly today) => IsOpen && today > AnswerDueOn;

    /// <summary>Answered by its deadline.</summary>
    public bool AnsweredInTime => AnsweredOn is { } answered && answered <= AnswerDueOn;

    public static DataQualityIssue Report(DataResource resource, Guid reporter, QualityIssueKind kind, string description, string evidence, DateOnly today, DateOnly answerDueOn)
    {
        if (resource.ProviderDepartmentId == reporter)
            throw new RuleViolation(RuleViolation.Validation, "A provider puts its own data right; quality issues are reported by the departments that use it.", "resourceCode");
        if (resource.Status == CatalogStatus.Draft)
            throw new RuleViolation(RuleViolation.InvalidTransition, "A draft entry offers no data to report on.", "resourceCode");
        var issue = new DataQualityIssue
        {
            ResourceId = resource.Id,
            ReportedByDepartmentId = reporter,
            Kind = kind,
            Description = Texts.Required(description, "description", "Say what is wrong with the data.", TextMaxLength),
            Evidence = Texts.Required(evidence, "evidence", "Give the evidence: record keys, a sample, dates.", TextMaxLength),
            ReportedOn = today,
            AnswerDueOn = answerDueOn,
        };
        issue.Raise(new DomainEvent(EventKind.DataQualityIssueReported, nameof(DataQualityIssue), issue.Id, ResourceId: resource.Id, DepartmentId: reporter));
        return issue;
    }

    /// <summary>The provider's answer: corrected, or not an issue and why.</summary>
    public void Settle(QualityIssueResolution resolution, string answer, DateOnly today)
    {
        if (!IsOpen) throw new RuleViolation(RuleViolation.InvalidTransition, $"This issue was answered on {AnsweredOn:yyyy-MM-dd}.");
        Answer = Texts.Required(answer, "answer", resolution == QualityIssueResolution.Corrected ? "Say what was corrected." : "Say why the data was right.", TextMaxLength);
        Resolution = resolution;
        AnsweredOn = today;
        Raise(new DomainEvent(EventKind.DataQualityIssueAnswered, nameof(DataQualityIssue), Id, ResourceId: ResourceId, DepartmentId: ReportedByDepartmentId));
    }
}
