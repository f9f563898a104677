using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Budgets;

/// <summary>A fiscal year's informatization special fund. Allocations may never exceed the cap.</summary>
public sealed class SpecialFund : VersionedEntity
{
    public required int FiscalYear { get; init; }
    public required Money Cap { get => _cap; init => _cap = value; }
    private Money _cap = null!;

    /// <summary>Refuses an allocation that would take the fund's allocations past its cap.</summary>
    public void EnsureCanAllocate(Money allocated, Money amount)
    {
        if (amount.Amount <= 0m)
            throw new RuleViolation(RuleViolation.Validation, "An allocation is more than zero.", "amount.amount");
        if (amount.Currency != Cap.Currency)
            throw new RuleViolation(RuleViolation.Validation, $"The fund is in {Cap.Currency}.", "amount.currency");
        if (!CanAllocate(allocated, amount))
            throw new RuleViolation(RuleViolation.FundCapExceeded,
                $"The {FiscalYear} fund has {Cap.Subtract(allocated)} left of its {Cap} cap; {amount} does not fit.", "amount.amount");
    }

    /// <summary>
    /// Allocates money of this fund to an approved project: within the fund's cap
    /// (<paramref name="allocatedFromFund"/> so far) and the project's approved budget
    /// (<paramref name="allocatedToProject"/> so far). The project's budget line of the fund's year
    /// grows by the amount, so that lines and allocations agree (a new line when the year has none);
    /// the project becomes funded. A promotion takes a reserve project only.
    /// </summary>
    public (FundAllocation Allocation, BudgetLine? NewLine) Allocate(Project project, Money amount, Money allocatedFromFund, Money allocatedToProject,
        BudgetLine? line, DateOnly today, string? note, bool promotion)
    {
        if (project.Baseline is null || project.Status is ProjectStatus.Cancelled or ProjectStatus.Rejected)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Money goes to approved projects; this one is {project.Status}.", "projectId");
        if (promotion && project.FundingCategory != FundingCategory.Reserve)
            throw new RuleViolation(RuleViolation.InvalidTransition, "Only a reserve project is promoted; this one is funded.", "projectId");
        project.EnsureWithinBudget(allocatedToProject, amount, "Allocations", "amount.amount");
        EnsureCanAllocate(allocatedFromFund, amount);
        var allocation = new FundAllocation { FundId = Id, ProjectId = project.Id, Amount = amount, AllocatedOn = today, Note = note?.Trim() };
        project.MarkFunded();
        if (line is not null)
        {
            line.Add(amount);
            return (allocation, null);
        }
        return (allocation, new BudgetLine { ProjectId = project.Id, FiscalYear = FiscalYear, Amount = amount, Purpose = note?.Trim() ?? "Allocated from the special fund" });
    }

    /// <summary>A new cap may not fall below what is already allocated.</summary>
    public void ChangeCap(Money cap, Money allocated)
    {
        if (cap.Amount <= 0m) throw new RuleViolation(RuleViolation.Validation, "The cap is more than zero.", "cap.amount");
        if (cap.Amount < allocated.Amount)
            throw new RuleViolation(RuleViolation.FundCapExceeded, $"{allocated} is already allocated from the {FiscalYear} fund; the cap cannot be lower.", "cap.amount");
        _cap = cap;
    }

    /// <summary>Whether allocating <paramref name="amount"/> on top of <paramref name="allocated"/> stays within the cap.</summary>
    public bool CanAllocate(Money allocated, Money amount) =>
        amount.Amount > 0m && allocated.Add(amount).Amount <= Cap.Amount;
}
