using InfoGov.Domain.Common;

namespace InfoGov.Domain.Budgets;

/// <summary>The payments of one category of spending.</summary>
public sealed record CategoryTotal(ExpenditureCategory Category, int Count, Money Total);
