using InfoGov.Domain.Common;

namespace InfoGov.Domain.Planning;

/// <summary>A planned project or undertaking of a plan, with its budget and year; projects link to the
/// item they deliver. Created and removed through its <see cref="Plan"/>, while the plan is editable.</summary>
public sealed class PlanItem : Entity, IBelongsToDepartment
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxPersonLength = 100;

    public required Guid PlanId { get; init; }
    /// <summary>The plan's department, kept on the item so that its access check needs no lookup.</summary>
    public required Guid DepartmentId { get => _departmentId; init => _departmentId = value; }
    private Guid _departmentId;

    /// <summary>The plan's department was merged into another: the item follows its plan.</summary>
    internal void TransferTo(Guid departmentId) => _departmentId = departmentId;
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required Money PlannedBudget { get; init; }
    /// <summary>The year the work is planned to start, within the plan's years.</summary>
    public required int Year { get; init; }
    /// <summary>Who answers for the item (确定专人负责); null for items added before it was asked.</summary>
    public string? ResponsiblePerson { get; init; }
}
