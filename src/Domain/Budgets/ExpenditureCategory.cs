namespace InfoGov.Domain.Budgets;

/// <summary>What money was spent on.</summary>
public enum ExpenditureCategory
{
    Hardware,
    Software,
    Services,
    Operations,
}
