using InfoGov.Domain.Common;

namespace InfoGov.Domain.Budgets;

/// <summary>Money saved by consolidation, e.g. sharing one machine room instead of building several.</summary>
public sealed class ConsolidationSaving : Entity
{
    public required int FiscalYear { get; init; }
    public required string Description { get; init; }
    public required Money Amount { get; init; }
    /// <summary>The department that led the consolidation, if one did.</summary>
    public Guid? DepartmentId { get; init; }
}
