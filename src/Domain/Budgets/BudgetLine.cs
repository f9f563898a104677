using InfoGov.Domain.Common;

namespace InfoGov.Domain.Budgets;

/// <summary>The amount approved for a project in one fiscal year.</summary>
public sealed class BudgetLine : VersionedEntity, IPartOfProject, Integration.IKeepsHistory
{
    public required Guid ProjectId { get; init; }
    public required int FiscalYear { get; init; }
    public required Money Amount { get => _amount; init => _amount = value; }
    private Money _amount = null!;
    public string? Purpose { get; init; }

    /// <summary>A further allocation from the special fund for the same year adds to this line.</summary>
    internal void Add(Money amount) => _amount = _amount.Add(amount);
}
