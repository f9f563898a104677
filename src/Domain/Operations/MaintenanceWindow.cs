using InfoGov.Domain.Common;

namespace InfoGov.Domain.Operations;

/// <summary>Planned work on a system, announced beforehand: not downtime in its availability, which counts incidents only.</summary>
public sealed class MaintenanceWindow : Entity, IPartOfSystem
{
    public const int MaxDescriptionLength = 500;

    public required Guid SystemId { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public required string Description { get; init; }

    public static MaintenanceWindow Schedule(Guid systemId, DateTimeOffset startsAt, DateTimeOffset endsAt, string description, DateTimeOffset now, Guid id = default)
    {
        if (endsAt <= startsAt) throw new RuleViolation(RuleViolation.Validation, "A maintenance window ends after it starts.", "endsAt");
        if (startsAt < now) throw new RuleViolation(RuleViolation.Validation, "Planned maintenance is announced before it starts; record an outage as an incident.", "startsAt");
        description = description.Trim();
        if (description.Length is 0 or > MaxDescriptionLength)
            throw new RuleViolation(RuleViolation.Validation, $"Describe the work in 1 to {MaxDescriptionLength} characters.", "description");
        return new MaintenanceWindow { Id = id, SystemId = systemId, StartsAt = startsAt, EndsAt = endsAt, Description = description };
    }
}
