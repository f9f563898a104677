using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>The right, created by an approved request, for one department to use some items of a
/// resource until a date; revoked or renewed one by one by the provider or the office.</summary>
public sealed class SharingGrant : VersionedEntity, IPartOfDataResource, Integration.IWithdrawable, Integration.IKeepsHistory
{
    Guid? IPartOfDataResource.CounterpartDepartmentId => GranteeDepartmentId;

    public required Guid RequestId { get; init; }
    public required Guid ResourceId { get; init; }
    public required Guid GranteeDepartmentId { get; init; }
    public required DateOnly ValidFrom { get; init; }
    private DateOnly _validUntil;

    /// <summary>Last day of the grant; a renewal moves it later.</summary>
    public required DateOnly ValidUntil { get => _validUntil; init => _validUntil = value; }
    public DateTimeOffset? RevokedAt { get; private set; }

    bool Integration.IWithdrawable.IsWithdrawn => RevokedAt is not null;

    public bool IsActiveOn(DateOnly day) => RevokedAt is null && ValidFrom <= day && day <= ValidUntil;

    /// <summary>Ends the grant now; accesses after it are refused. A revoked grant stays revoked.</summary>
    public void Revoke(DateTimeOffset at)
    {
        if (RevokedAt is not null) throw new RuleViolation(RuleViolation.InvalidTransition, $"The grant was already revoked on {RevokedAt:yyyy-MM-dd}.");
        RevokedAt = at;
    }

    /// <summary>Extends a grant that was not revoked, in force or lapsed, to a later last day that is not past.</summary>
    public void Renew(DateOnly until, DateOnly today)
    {
        if (RevokedAt is not null) throw new RuleViolation(RuleViolation.InvalidTransition, "A revoked grant is not renewed; the department requests the data again.");
        if (until <= ValidUntil) throw new RuleViolation(RuleViolation.Validation, $"A renewal extends the grant past its last day, {ValidUntil:yyyy-MM-dd}.", "validUntil");
        if (until < today) throw new RuleViolation(RuleViolation.Validation, "A renewal ends in the future.", "validUntil");
        _validUntil = until;
    }
}
