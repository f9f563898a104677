using InfoGov.Api.Common.Mutations;
using InfoGov.Domain.Budgets;

namespace InfoGov.Api.Budgets;

/// <summary>Input of <c>setFundCap</c>.</summary>
public sealed record SetFundCapInput(int FiscalYear, MoneyInput Cap, int? Version);

/// <summary>Input of <c>allocateFunds</c>.</summary>
public sealed record AllocateFundsInput(int FiscalYear, string ProjectId, MoneyInput Amount, string? Note);

/// <summary>Input of <c>promoteReserveProject</c>.</summary>
public sealed record PromoteReserveProjectInput(int FiscalYear, string ProjectId);

/// <summary>Input of <c>recordExpenditure</c>.</summary>
public sealed record RecordExpenditureInput(string ProjectId, DateOnly SpentOn, MoneyInput Amount, string Payee, ExpenditureCategory Category, bool? IsAdvance);

/// <summary>Input of <c>reimburseAdvance</c>.</summary>
public sealed record ReimburseAdvanceInput(string ExpenditureId, int Version, DateOnly ReimbursedOn);
