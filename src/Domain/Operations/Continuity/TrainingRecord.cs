using InfoGov.Domain.Common;

namespace InfoGov.Domain.Operations;

/// <summary>
/// A training session a department held for its staff on informatization, security or a system: when, what, for how
/// many and how long. The centre's indicators count sessions and person-hours.
/// </summary>
public sealed class TrainingRecord : Entity, IBelongsToDepartment
{
    public required Guid DepartmentId { get; init; }
    /// <summary>The system the training was about, if one.</summary>
    public Guid? SystemId { get; init; }
    public required DateOnly HeldOn { get; init; }
    public required string Topic { get; init; }
    public required decimal Hours { get; init; }
    public required int Attendees { get; init; }

    public decimal PersonHours => Hours * Attendees;

    public static TrainingRecord Record(Guid departmentId, Guid? systemId, DateOnly heldOn, string topic, decimal hours, int attendees, DateOnly today)
    {
        if (heldOn > today) throw new RuleViolation(RuleViolation.Validation, "Training is recorded once held.", "heldOn");
        if (hours is <= 0 or > 200 || decimal.Round(hours, 1) != hours)
            throw new RuleViolation(RuleViolation.Validation, "A session lasts more than 0 and at most 200 hours, to a tenth of an hour.", "hours");
        if (attendees is < 1 or > 10_000) throw new RuleViolation(RuleViolation.Validation, "A session has 1 to 10,000 attendees.", "attendees");
        return new TrainingRecord
        {
            DepartmentId = departmentId,
            SystemId = systemId,
            HeldOn = heldOn,
            Topic = Texts.Required(topic, "topic", "Say what the training was about.", 200),
            Hours = hours,
            Attendees = attendees,
        };
    }
}
