using InfoGov.Domain.Budgets;

namespace InfoGov.Api.Budgets;

/// <summary>Arguments of the cross-project <c>expenditures</c> and <c>expenditureTotals</c> fields.</summary>
public sealed record ExpenditureFilter(int? FiscalYear, string? DepartmentCode, ExpenditureCategory? Category, bool? IsAdvance);
