using InfoGov.Domain.Common;

namespace InfoGov.Domain.Leadership;

/// <summary>A responsibility handed by its holder to another official (usually the information
/// manager, e.g. for contract signing) for a period, until it ends or is revoked.</summary>
public sealed class Delegation : VersionedEntity
{
    public required Guid AssignmentId { get; init; }
    public required Guid DelegateId { get; init; }
    /// <summary>What exactly is delegated, e.g. "sign contracts up to 1,000,000 CNY".</summary>
    public required string Scope { get; init; }
    public required DateOnly ValidFrom { get; init; }
    public required DateOnly ValidTo { get; init; }
    public DateTimeOffset? RevokedAt { get => _revokedAt; init => _revokedAt = value; }
    private DateTimeOffset? _revokedAt;
    /// <summary>For contract signing: the largest contract the delegate signs (its amount and currency).</summary>
    public decimal? SigningLimitAmount { get; init; }
    public string? SigningLimitCurrency { get; init; }
    /// <summary>For contract signing: the one project the delegate signs for; null for any project of the department.</summary>
    public Guid? ProjectId { get; init; }

    public Money? SigningLimit => SigningLimitAmount is { } amount ? new Money(amount, SigningLimitCurrency ?? Money.DefaultCurrency) : null;

    public bool IsValidOn(DateOnly day) => RevokedAt is null && ValidFrom <= day && day <= ValidTo;

    /// <summary>The delegation, of those in force, under which a contract is signed: one that covers its project
    /// and amount; otherwise the refusal of the most specific one, which says why.</summary>
    public static Delegation ForContract(IReadOnlyCollection<Delegation> inForce, Guid projectId, Money amount)
    {
        var candidates = inForce.OrderByDescending(d => d.ProjectId == projectId).ThenByDescending(d => d.SigningLimitAmount ?? 0m).ToList();
        if (candidates.FirstOrDefault(d => d.Covers(projectId, amount)) is { } covering) return covering;
        candidates.First().EnsureCoversContract(projectId, amount);
        throw new InvalidOperationException("A delegation that does not cover the contract refuses it.");
    }

    private bool Covers(Guid projectId, Money amount) =>
        (ProjectId is null || ProjectId == projectId) && SigningLimit is { } limit && amount.Currency == limit.Currency && amount.Amount <= limit.Amount;

    /// <summary>Refuses (NOT_PERMITTED) a contract the delegation does not cover: of another project than the
    /// one it names, above its amount limit, or any contract when it states no limit.</summary>
    public void EnsureCoversContract(Guid projectId, Money amount)
    {
        if (ProjectId is { } only && only != projectId)
            throw new RuleViolation(RuleViolation.NotPermitted, "The delegation covers the contracts of another project only.", "projectId");
        if (SigningLimit is not { } limit)
            throw new RuleViolation(RuleViolation.NotPermitted, "The delegation states no amount limit; the leader delegates contract signing again with one.", "amount.amount");
        if (amount.Currency != limit.Currency || amount.Amount > limit.Amount)
            throw new RuleViolation(RuleViolation.NotPermitted,
                $"The delegation covers contracts up to {limit}; {amount} is beyond it. The department leader signs it.", "amount.amount");
    }

    /// <summary>Hands <paramref name="assignment"/> to <paramref name="delegate"/>, an official of the same
    /// department other than the holder, for a period.</summary>
    public static Delegation Create(ResponsibilityAssignment assignment, Official @delegate, string scope, DateOnly from, DateOnly to,
        Money? signingLimit = null, Guid? projectId = null)
    {
        if (@delegate.DepartmentId != assignment.DepartmentId)
            throw new RuleViolation(RuleViolation.Validation, "A responsibility is delegated within its department.", "delegateId");
        if (@delegate.Id == assignment.HolderId)
            throw new RuleViolation(RuleViolation.Validation, "The holder cannot delegate to themselves.", "delegateId");
        if (string.IsNullOrWhiteSpace(scope))
            throw new RuleViolation(RuleViolation.Validation, "Say what exactly is delegated.", "scope");
        if (to < from)
            throw new RuleViolation(RuleViolation.Validation, "The delegation ends after it starts.", "validTo");
        if (assignment.Kind == ResponsibilityKind.DecideMajorProjects && signingLimit is null)
            throw new RuleViolation(RuleViolation.Validation, "Contract signing is delegated up to an amount: state the limit.", "signingLimit");
        if (signingLimit is { Amount: <= 0m })
            throw new RuleViolation(RuleViolation.Validation, "The signing limit is more than zero.", "signingLimit.amount");
        return new Delegation
        {
            AssignmentId = assignment.Id,
            DelegateId = @delegate.Id,
            Scope = scope.Trim(),
            ValidFrom = from,
            ValidTo = to,
            SigningLimitAmount = signingLimit?.Amount,
            SigningLimitCurrency = signingLimit?.Currency,
            ProjectId = projectId,
        };
    }

    public void Revoke(DateTimeOffset at)
    {
        if (RevokedAt is not null) throw new RuleViolation(RuleViolation.InvalidTransition, "This delegation has already been revoked.");
        _revokedAt = at;
    }
}
