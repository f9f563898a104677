using InfoGov.Domain.Common;

namespace InfoGov.Domain.Supervision;

/// <summary>
/// The office's inspection (督促检查) of a department, or of one of its projects: what it found and the rectification
/// items it set, each with an owner and a deadline, which the department answers and the office closes or reopens.
/// </summary>
public sealed class Inspection : VersionedEntity, IBelongsToDepartment
{
    public const int TextMaxLength = 4000;

    /// <summary>DC-yyyy-nnn.</summary>
    public required string Code { get; init; }
    /// <summary>The inspected department (the owner, for a project).</summary>
    public required Guid DepartmentId { get; init; }
    /// <summary>The inspected project; null for an inspection of the department as a whole.</summary>
    public Guid? ProjectId { get; init; }
    public required string Title { get; init; }
    public required DateOnly InspectedOn { get; init; }
    public required string Findings { get; init; }
    public required string InspectedBy { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>
    /// The record of an inspection held on <paramref name="inspectedOn"/> (not in the future), with its
    /// <paramref name="items"/> (finding, what to do, who, by when: a deadline after the inspection).
    /// </summary>
    public static (Inspection Inspection, IReadOnlyList<RectificationItem> Items) Record(string code, Guid departmentId, Guid? projectId, string title,
        DateOnly inspectedOn, string findings, IReadOnlyList<(string Finding, string Requirement, string Owner, DateOnly DueOn)> items,
        string inspectedBy, DateTimeOffset at, DateOnly today)
    {
        if (inspectedOn > today) throw new RuleViolation(RuleViolation.Validation, "An inspection is recorded once held.", "inspectedOn");
        var inspection = new Inspection
        {
            Code = code,
            DepartmentId = departmentId,
            ProjectId = projectId,
            Title = Texts.Required(title, "title", "Give the inspection a title.", 200),
            InspectedOn = inspectedOn,
            Findings = Texts.Required(findings, "findings", "Summarise what the inspection found.", TextMaxLength),
            InspectedBy = inspectedBy,
            RecordedAt = at,
        };
        var rectifications = items.Select((item, index) =>
        {
            var field = $"items[{index}]";
            if (item.DueOn <= inspectedOn)
                throw new RuleViolation(RuleViolation.Validation, $"Item {index + 1} is due after the inspection ({inspectedOn:yyyy-MM-dd}).", field + ".dueOn");
            return new RectificationItem
            {
                InspectionId = inspection.Id,
                DepartmentId = departmentId,
                Number = index + 1,
                Finding = Texts.Required(item.Finding, field + ".finding", "Say what was found.", TextMaxLength),
                Requirement = Texts.Required(item.Requirement, field + ".requirement", "Say what is to be done.", TextMaxLength),
                Owner = Texts.Required(item.Owner, field + ".owner", "Name who answers for it.", 200),
                DueOn = item.DueOn,
            };
        }).ToList();
        return (inspection, rectifications);
    }
}
