using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;

namespace InfoGov.Domain.Supervision;

/// <summary>Praise or blame.</summary>
public enum NoticeKind
{
    /// <summary>通报表扬.</summary>
    Commendation,
    /// <summary>通报批评.</summary>
    Criticism,
}

/// <summary>The record a notice rests on.</summary>
public enum NoticeBasis
{
    Inspection,
    Assessment,
    Bulletin,
}

/// <summary>
/// A commendation or criticism the office publishes by bulletin (通报表扬/批评) of a department or of its head, with the
/// reason and the record it rests on: an inspection, an assessment, or a monthly bulletin. Shown on the department
/// and counted in its assessment year.
/// </summary>
public sealed class SupervisionNotice : Entity, IBelongsToDepartment
{
    public required NoticeKind Kind { get; init; }
    public required Guid DepartmentId { get; init; }
    /// <summary>The head concerned, when the notice names one rather than the department alone.</summary>
    public Guid? OfficialId { get; init; }
    public required string Reason { get; init; }
    public required NoticeBasis Basis { get; init; }
    /// <summary>The inspection or assessment the notice rests on; null for a bulletin (see <see cref="BulletinMonth"/>).</summary>
    public Guid? BasisId { get; init; }
    /// <summary>The month of the bulletin the notice rests on.</summary>
    public DateOnly? BulletinMonth { get; init; }
    public required DateOnly PublishedOn { get; init; }
    public required string PublishedBy { get; init; }

    /// <summary>
    /// A notice on <paramref name="departmentId"/> (and its head <paramref name="officialId"/> when named), resting on a
    /// record that exists (the caller finds it): an inspection or an assessment of that department by id, or a
    /// bulletin by month (not a future one).
    /// </summary>
    public static SupervisionNotice Publish(NoticeKind kind, Guid departmentId, Guid? officialId, string reason, NoticeBasis basis, Guid? basisId,
        DateOnly? bulletinMonth, string publishedBy, DateOnly today)
    {
        if (basis == NoticeBasis.Bulletin)
        {
            if (bulletinMonth is not { } month) throw new RuleViolation(RuleViolation.Validation, "Name the bulletin's month.", "bulletinMonth");
            if (month > today) throw new RuleViolation(RuleViolation.Validation, "A notice rests on a bulletin already issued.", "bulletinMonth");
        }
        else if (basisId is null) throw new RuleViolation(RuleViolation.Validation, $"Name the {basis.ToString().ToLowerInvariant()} the notice rests on.", "basisId");
        var notice = new SupervisionNotice
        {
            Kind = kind,
            DepartmentId = departmentId,
            OfficialId = officialId,
            Reason = Texts.Required(reason, "reason", "Give the reason.", Inspection.TextMaxLength),
            Basis = basis,
            BasisId = basis == NoticeBasis.Bulletin ? null : basisId,
            BulletinMonth = basis == NoticeBasis.Bulletin ? new DateOnly(bulletinMonth!.Value.Year, bulletinMonth.Value.Month, 1) : null,
            PublishedOn = today,
            PublishedBy = publishedBy,
        };
        notice.Raise(new DomainEvent(EventKind.NoticePublished, nameof(SupervisionNotice), notice.Id, DepartmentId: departmentId));
        return notice;
    }
}
