using InfoGov.Domain.Common;

namespace InfoGov.Domain.Leadership;

/// <summary>
/// A person the API treats as a platform administrator (<c>Gov.Admin</c>) by their Entra ID object id,
/// whatever app roles their token carries. It is how a city's first administrator exists before anyone has
/// assigned app roles in Entra: the production-start command records one, and every other role is assigned
/// in Entra as usual.
/// </summary>
public sealed class PlatformAdministrator : Entity
{
    public required Guid AccountObjectId { get; init; }
    public required string Name { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }

    public static PlatformAdministrator Record(Guid accountObjectId, string name, DateTimeOffset at)
    {
        if (accountObjectId == Guid.Empty) throw new RuleViolation(RuleViolation.Validation, "Give the administrator's Entra ID object id.", "adminObjectId");
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 100) throw new RuleViolation(RuleViolation.Validation, "The administrator's name is 1 to 100 characters.", "adminName");
        return new PlatformAdministrator { AccountObjectId = accountObjectId, Name = name, RecordedAt = at };
    }
}
