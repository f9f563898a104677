using InfoGov.Domain.Common;

namespace InfoGov.Domain.Leadership;

/// <summary>A person holding a post in a department. Contact details are restricted data. A department
/// has one head and one information manager at a time; an appointment that ends keeps the record.</summary>
public sealed class Official : VersionedEntity, IBelongsToDepartment, Integration.IKeepsHistory
{
    /// <summary>The duties (DOMAIN.md section 2, items 1 to 10) that follow a head's appointment.</summary>
    public static readonly IReadOnlyList<ResponsibilityKind> HeadDuties = [.. Enumerable.Range(1, 10).Select(k => (ResponsibilityKind)k)];

    public required Guid DepartmentId { get => _departmentId; init => _departmentId = value; }
    private Guid _departmentId;
    public required string Name { get; init; }
    public required string Position { get; init; }
    /// <summary>True for the department's head (the "leader").</summary>
    public bool IsHead { get => _isHead; init => _isHead = value; }
    private readonly bool _isHead;
    /// <summary>True for a deputy head.</summary>
    public bool IsDeputy { get => _isDeputy; init => _isDeputy = value; }
    private readonly bool _isDeputy;
    /// <summary>True for the department's head of information management (its CIO).</summary>
    public bool IsInformationManager { get => _isInformationManager; init => _isInformationManager = value; }
    private readonly bool _isInformationManager;
    public string? Phone { get; init; }
    public string? Email { get; init; }
    /// <summary>The official's Entra ID object id: how a signed-in user is recognised as this official.</summary>
    public Guid? AccountObjectId { get; init; }
    /// <summary>The day the appointment began, when recorded.</summary>
    public DateOnly? AppointedOn { get; init; }
    /// <summary>The day the appointment ended; null while the official holds the post.</summary>
    public DateOnly? EndedOn { get => _endedOn; init => _endedOn = value; }
    private DateOnly? _endedOn;

    public bool IsServing => EndedOn is null;

    public OfficialPost Post => IsHead ? OfficialPost.Head : IsInformationManager ? OfficialPost.InformationManager : IsDeputy ? OfficialPost.DeputyHead : OfficialPost.Staff;

    /// <summary>Appoints a person to <paramref name="post"/> in the department from <paramref name="on"/>.
    /// <paramref name="serving"/> are the department's officials in post: a second head or a second
    /// information manager is refused (end the current one's appointment first).</summary>
    public static Official Appoint(Guid departmentId, string name, string position, OfficialPost post, string? phone, string? email, Guid? accountObjectId,
        DateOnly on, IReadOnlyCollection<Official> serving)
    {
        name = (name ?? "").Trim();
        position = (position ?? "").Trim();
        if (name.Length is 0 or > 100) throw new RuleViolation(RuleViolation.Validation, "An official's name is 1 to 100 characters.", "name");
        if (position.Length is 0 or > 100) throw new RuleViolation(RuleViolation.Validation, "Give the position's title, 1 to 100 characters.", "position");
        if (email is { } e && (e.Length > 200 || !e.Contains('@'))) throw new RuleViolation(RuleViolation.Validation, "The e-mail address is not valid.", "email");
        if (phone is { Length: > 40 }) throw new RuleViolation(RuleViolation.Validation, "The phone number is at most 40 characters.", "phone");
        var holder = post switch
        {
            OfficialPost.Head => serving.FirstOrDefault(o => o.IsServing && o.IsHead),
            OfficialPost.InformationManager => serving.FirstOrDefault(o => o.IsServing && o.IsInformationManager),
            _ => null,
        };
        if (holder is not null)
            throw new RuleViolation(RuleViolation.Conflict,
                $"{holder.Name} is the department's {(post == OfficialPost.Head ? "head" : "information manager")}; there is one at a time: end that appointment first.", "post");
        return new Official
        {
            DepartmentId = departmentId,
            Name = name,
            Position = position,
            IsHead = post == OfficialPost.Head,
            IsDeputy = post == OfficialPost.DeputyHead,
            IsInformationManager = post == OfficialPost.InformationManager,
            Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim(),
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            AccountObjectId = accountObjectId,
            AppointedOn = on,
        };
    }

    /// <summary>The ten duties of a head, assigned to this newly appointed head from the appointment day;
    /// open assignments of the same duties (the previous head's) end the day before.</summary>
    public IReadOnlyList<ResponsibilityAssignment> TakeHeadDuties(IReadOnlyCollection<ResponsibilityAssignment> openOfDepartment)
    {
        if (!IsHead || AppointedOn is not { } from) throw new RuleViolation(RuleViolation.InvalidTransition, "Only an appointed head takes the head's duties.", "post");
        return [.. HeadDuties.Select(kind => ResponsibilityAssignment.Assign(DepartmentId, kind, this, from, null, [.. openOfDepartment.Where(a => a.Kind == kind)]))];
    }

    /// <summary>Ends the appointment on <paramref name="on"/>; the responsibilities the official holds
    /// (<paramref name="held"/>) end the same day.</summary>
    public void EndAppointment(DateOnly on, IReadOnlyCollection<ResponsibilityAssignment> held)
    {
        if (!IsServing) throw new RuleViolation(RuleViolation.InvalidTransition, $"{Name}'s appointment ended on {EndedOn:yyyy-MM-dd}.", "id");
        if (AppointedOn is { } from && on < from) throw new RuleViolation(RuleViolation.Validation, "An appointment ends on or after the day it began.", "endedOn");
        foreach (var assignment in held) assignment.EndOn(on);
        _endedOn = on;
    }

    /// <summary>The department was merged into <paramref name="departmentId"/> on <paramref name="on"/>: the
    /// official follows it; a head's, deputy's or information manager's appointment ends (the department has its own).</summary>
    internal void TransferTo(Guid departmentId, DateOnly on)
    {
        _departmentId = departmentId;
        if (IsHead || IsInformationManager || IsDeputy) _endedOn ??= on;
    }
}
