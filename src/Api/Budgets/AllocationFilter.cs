namespace InfoGov.Api.Budgets;

/// <summary>Arguments of the cross-project <c>fundAllocations</c> field.</summary>
public sealed record AllocationFilter(int? FiscalYear, string? DepartmentCode);
