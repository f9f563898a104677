using InfoGov.Domain.Common;

namespace InfoGov.Domain.Budgets;

/// <summary>The amount approved for a project in one fiscal year.</summary>
public sealed class BudgetLine : VersionedEntity, IPartOfProject, Integration.IKeepsHistory
{
    public required Guid ProjectId { get; init; }
    public required int FiscalYear { get; init; }
    public required Money Amount { get; set; }
    public string? Purpose { get; set; }
}
