using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Domain.Planning;

/// <summary>
/// A department's five-year or annual informatization plan, or the city's (the office's own). The
/// information manager drafts it and its items, the head endorses it, it goes up to the office, which
/// approves it or returns it with comments. Only an approved plan's items can be delivered by projects.
/// </summary>
public sealed class Plan : VersionedEntity, IBelongsToDepartment, IKeepsHistory
{
    public const int MaxTitleLength = 200;
    public const int MaxObjectivesLength = 4000;
    public const int MaxCommentLength = 2000;

    public required string Code { get; init; }
    public required PlanKind Kind { get; init; }
    public required Guid DepartmentId { get => _departmentId; init => _departmentId = value; }
    private Guid _departmentId;

    /// <summary>The department was merged into another: its plan follows it.</summary>
    internal void TransferTo(Guid departmentId) => _departmentId = departmentId;
    /// <summary>True for the city's plan, kept by the informatization office for all departments.</summary>
    public required bool IsCityPlan { get; init; }
    public required int StartYear { get; init; }
    public int EndYear => Kind == PlanKind.FiveYear ? StartYear + 4 : StartYear;
    public required string Title { get => _title; init => _title = value; }
    private string _title = null!;
    public required string Objectives { get => _objectives; init => _objectives = value; }
    private string _objectives = null!;
    public required Money BudgetEnvelope { get => _budgetEnvelope; init => _budgetEnvelope = value; }
    private Money _budgetEnvelope = null!;
    public PlanStatus Status { get; private set; } = PlanStatus.Draft;
    public DateTimeOffset? EndorsedAt { get; private set; }
    public string? EndorsedBy { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    /// <summary>The office's comments with its latest decision; required when it returns the plan.</summary>
    public string? OfficeComment { get; private set; }

    public bool IsEditable => Status is PlanStatus.Draft or PlanStatus.Returned;

    public static Plan Draft(string code, PlanKind kind, Guid departmentId, bool isCityPlan, int startYear, string title, string objectives, Money budgetEnvelope, Guid id = default)
    {
        if (startYear is < 2000 or > 2100) throw new RuleViolation(RuleViolation.Validation, "A plan starts in a year between 2000 and 2100.", "startYear");
        var plan = new Plan
        {
            Id = id,
            Code = code,
            Kind = kind,
            DepartmentId = departmentId,
            IsCityPlan = isCityPlan,
            StartYear = startYear,
            Title = "",
            Objectives = "",
            BudgetEnvelope = budgetEnvelope,
        };
        plan.Revise(title, objectives, budgetEnvelope);
        return plan;
    }

    /// <summary>Rewrites a draft, or a returned plan (which becomes a draft again: the head endorses the revision).</summary>
    public void Revise(string? title, string? objectives, Money? budgetEnvelope)
    {
        RequireEditable();
        if (title is not null)
        {
            title = title.Trim();
            if (title.Length is 0 or > MaxTitleLength) throw new RuleViolation(RuleViolation.Validation, $"A plan has a title of 1 to {MaxTitleLength} characters.", "title");
            _title = title;
        }
        if (objectives is not null)
        {
            objectives = objectives.Trim();
            if (objectives.Length is 0 or > MaxObjectivesLength) throw new RuleViolation(RuleViolation.Validation, $"State the objectives in 1 to {MaxObjectivesLength} characters.", "objectives");
            _objectives = objectives;
        }
        if (budgetEnvelope is not null)
        {
            // The items are budgeted in the envelope's currency: changing it would leave them in another one.
            if (budgetEnvelope.Currency != BudgetEnvelope.Currency)
                throw new RuleViolation(RuleViolation.Validation, $"The plan is budgeted in {BudgetEnvelope.Currency}.", "budgetEnvelope.currency");
            _budgetEnvelope = PositiveEnvelope(budgetEnvelope);
        }
        Status = PlanStatus.Draft;
    }

    /// <param name="responsiblePerson">Who answers for the item (确定专人负责); optional for items carried over, expected of new ones.</param>
    public PlanItem AddItem(string title, string? description, Money plannedBudget, int year, Guid id = default, string? responsiblePerson = null)
    {
        RequireEditable();
        title = title.Trim();
        if (title.Length is 0 or > PlanItem.MaxTitleLength) throw new RuleViolation(RuleViolation.Validation, $"A plan item has a title of 1 to {PlanItem.MaxTitleLength} characters.", "title");
        description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (description?.Length > PlanItem.MaxDescriptionLength) throw new RuleViolation(RuleViolation.Validation, $"Describe the item in at most {PlanItem.MaxDescriptionLength} characters.", "description");
        if (plannedBudget.Amount <= 0) throw new RuleViolation(RuleViolation.Validation, "A plan item has a positive planned budget.", "plannedBudget.amount");
        if (plannedBudget.Currency != BudgetEnvelope.Currency) throw new RuleViolation(RuleViolation.Validation, $"The plan is budgeted in {BudgetEnvelope.Currency}.", "plannedBudget.currency");
        if (year < StartYear || year > EndYear) throw new RuleViolation(RuleViolation.Validation, $"The plan covers {StartYear} to {EndYear}.", "year");
        responsiblePerson = string.IsNullOrWhiteSpace(responsiblePerson) ? null : responsiblePerson.Trim();
        if (responsiblePerson?.Length > PlanItem.MaxPersonLength)
            throw new RuleViolation(RuleViolation.Validation, $"Name the person in at most {PlanItem.MaxPersonLength} characters.", "responsiblePerson");
        Status = PlanStatus.Draft;
        return new PlanItem
        {
            Id = id,
            PlanId = Id,
            DepartmentId = DepartmentId,
            Title = title,
            Description = description,
            PlannedBudget = plannedBudget,
            Year = year,
            ResponsiblePerson = responsiblePerson,
        };
    }

    /// <summary>An item leaves the plan while the plan is editable, and only if no project delivers it yet.</summary>
    public void RemoveItem(PlanItem item, bool isDelivered)
    {
        RequireEditable();
        if (item.PlanId != Id) throw new ArgumentException("The item belongs to another plan.", nameof(item));
        if (isDelivered) throw new RuleViolation(RuleViolation.Conflict, "A project delivers this item; unlink the project first.");
        Status = PlanStatus.Draft;
    }

    /// <summary>The head's approval: a plan with items whose planned budgets fit the envelope.</summary>
    public void Endorse(IReadOnlyCollection<PlanItem> items, string by, DateTimeOffset at)
    {
        if (Status != PlanStatus.Draft)
            throw new RuleViolation(RuleViolation.InvalidTransition, Status == PlanStatus.Returned
                ? "A returned plan is revised before the head endorses it again."
                : $"Only a draft is endorsed; this plan is {Status}.");
        if (items.Count == 0) throw new RuleViolation(RuleViolation.Validation, "A plan is endorsed with at least one item.");
        var planned = Money.Sum(items.Select(i => i.PlannedBudget), BudgetEnvelope.Currency);
        if (planned.Amount > BudgetEnvelope.Amount)
            throw new RuleViolation(RuleViolation.Validation, $"The items plan {planned}, more than the envelope of {BudgetEnvelope}.", "budgetEnvelope");
        Status = PlanStatus.Endorsed;
        EndorsedBy = by;
        EndorsedAt = at;
    }

    public void Submit(DateTimeOffset at)
    {
        if (Status != PlanStatus.Endorsed)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"A plan goes to the office once its head has endorsed it; this plan is {Status}.");
        Status = PlanStatus.Submitted;
        SubmittedAt = at;
    }

    /// <summary>The office's decision on a submitted plan; returning it needs comments saying what to change.</summary>
    public void Decide(bool approve, string? comment, DateTimeOffset at)
    {
        if (Status != PlanStatus.Submitted)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"The office decides submitted plans; this plan is {Status}.");
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (!approve && comment is null) throw new RuleViolation(RuleViolation.Validation, "Say what to change when returning a plan.", "comment");
        if (comment?.Length > MaxCommentLength) throw new RuleViolation(RuleViolation.Validation, $"Comments are at most {MaxCommentLength} characters.", "comment");
        Status = approve ? PlanStatus.Approved : PlanStatus.Returned;
        OfficeComment = comment;
        DecidedAt = at;
        Raise(new DomainEvent(EventKind.PlanDecided, nameof(Plan), Id, DepartmentId: DepartmentId));
    }

    private static Money PositiveEnvelope(Money envelope) => envelope.Amount > 0
        ? envelope
        : throw new RuleViolation(RuleViolation.Validation, "The budget envelope is a positive amount.", "budgetEnvelope.amount");

    private void RequireEditable()
    {
        if (!IsEditable)
            throw new RuleViolation(RuleViolation.InvalidTransition, Status == PlanStatus.Approved
                ? "An approved plan is in force and no longer edited."
                : $"The plan is {Status}: it is edited as a draft, or after the office returns it.");
    }
}
