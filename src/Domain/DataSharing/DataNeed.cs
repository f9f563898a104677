using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Domain.DataSharing;

/// <summary>Where a data need stands.</summary>
public enum DataNeedStatus
{
    /// <summary>Published by the department that needs the data; the office is to route it.</summary>
    Published,
    /// <summary>Routed to a provider, which is to answer by the deadline.</summary>
    Routed,
    /// <summary>The provider will provide it: a catalog entry holds the data.</summary>
    Provided,
    /// <summary>The provider cannot provide it, and said why.</summary>
    Declined,
}

/// <summary>
/// An entry of the data-needs list (需求清单): a department says what data it needs, for what and on what legal basis,
/// by when; the office routes it to the department that holds such data, which answers within a deadline in working
/// days: it will provide it (a catalog entry, new or existing, holds it) or it cannot, and why.
/// </summary>
public sealed class DataNeed : VersionedEntity, IBelongsToDepartment, IKeepsHistory
{
    public const int DefaultAnswerWorkingDays = 10;
    public const int TextMaxLength = 2000;

    Guid IBelongsToDepartment.DepartmentId => RequesterDepartmentId;

    /// <summary>XQ-yyyy-nnn.</summary>
    public required string Code { get; init; }
    public required Guid RequesterDepartmentId { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Purpose { get; init; }
    public required string LegalBasis { get; init; }
    public required DateOnly NeededBy { get; init; }
    public required DateOnly PublishedOn { get; init; }
    public DataNeedStatus Status { get; private set; } = DataNeedStatus.Published;
    public Guid? ProviderDepartmentId { get; private set; }
    public DateOnly? RoutedOn { get; private set; }
    public DateOnly? AnswerDueOn { get; private set; }
    public Guid? ResourceId { get; private set; }
    public string? DeclineReason { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }

    public bool IsOpen => Status is DataNeedStatus.Published or DataNeedStatus.Routed;

    /// <summary>Routed and unanswered past its deadline.</summary>
    public bool IsOverdue(DateOnly today) => Status == DataNeedStatus.Routed && today > AnswerDueOn;

    /// <summary>Answered (either way) by its deadline.</summary>
    public bool AnsweredInTime => AnsweredOn is { } answered && AnswerDueOn is { } due && answered <= due;

    public static DataNeed Publish(string code, Guid requester, string title, string description, string purpose, string legalBasis, DateOnly neededBy, DateOnly today)
    {
        if (neededBy <= today) throw new RuleViolation(RuleViolation.Validation, "A need is for data needed after today.", "neededBy");
        return new DataNeed
        {
            Code = code,
            RequesterDepartmentId = requester,
            Title = Texts.Required(title, "title", "Say what data is needed.", 200),
            Description = Texts.Required(description, "description", "Describe the data: which records, which fields.", TextMaxLength),
            Purpose = Texts.Required(purpose, "purpose", "Say what the data is for.", TextMaxLength),
            LegalBasis = Texts.Required(legalBasis, "legalBasis", "Name the legal basis for using the data.", TextMaxLength),
            NeededBy = neededBy,
            PublishedOn = today,
        };
    }

    /// <summary>The office names the department that holds such data; it answers by <paramref name="answerDueOn"/>.</summary>
    public void RouteTo(Guid provider, DateOnly today, DateOnly answerDueOn)
    {
        if (Status != DataNeedStatus.Published)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"{Code} is {Status}: a need is routed once, while published.");
        if (provider == RequesterDepartmentId)
            throw new RuleViolation(RuleViolation.Validation, "A department does not need its own data through the list; route the need to another.", "providerCode");
        ProviderDepartmentId = provider;
        RoutedOn = today;
        AnswerDueOn = answerDueOn;
        Status = DataNeedStatus.Routed;
        Raise(new DomainEvent(EventKind.DataNeedRouted, nameof(DataNeed), Id, DepartmentId: provider));
    }

    /// <summary>The provider will provide the data through <paramref name="resource"/>, one of its own entries.</summary>
    public void Provide(DataResource resource, DateOnly today)
    {
        RequireRouted();
        if (resource.ProviderDepartmentId != ProviderDepartmentId)
            throw new RuleViolation(RuleViolation.Validation, "The data is provided through one of the provider's own catalog entries.", "resourceCode");
        if (resource.Status == CatalogStatus.Retired) throw new RuleViolation(RuleViolation.Validation, "A retired entry provides nothing.", "resourceCode");
        if (resource.SharingType == SharingType.NotShared)
            throw new RuleViolation(RuleViolation.Validation, "An entry that is not shared does not meet a need; decline it with the legal basis instead.", "resourceCode");
        ResourceId = resource.Id;
        Answer(DataNeedStatus.Provided, today);
    }

    /// <summary>The provider cannot provide the data, and says why.</summary>
    public void Decline(string reason, DateOnly today)
    {
        RequireRouted();
        DeclineReason = Texts.Required(reason, "reason", "Say why the data cannot be provided (the legal basis, or that it is not held).", TextMaxLength);
        Answer(DataNeedStatus.Declined, today);
    }

    private void RequireRouted()
    {
        if (Status != DataNeedStatus.Routed)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"{Code} is {Status}: the provider answers a routed need, once.");
    }

    private void Answer(DataNeedStatus status, DateOnly today)
    {
        Status = status;
        AnsweredOn = today;
        Raise(new DomainEvent(EventKind.DataNeedAnswered, nameof(DataNeed), Id, ResourceId: ResourceId, DepartmentId: RequesterDepartmentId));
    }
}
