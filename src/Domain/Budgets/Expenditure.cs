using InfoGov.Domain.Common;

namespace InfoGov.Domain.Budgets;

/// <summary>A payment made for a project. When the unit advanced the money itself it is marked
/// as an advance until the fund reimburses it.</summary>
public sealed class Expenditure : VersionedEntity
{
    public required Guid ProjectId { get; init; }
    public required int FiscalYear { get; init; }
    public required DateOnly SpentOn { get; init; }
    public required Money Amount { get; init; }
    public required string Payee { get; init; }
    public required ExpenditureCategory Category { get; init; }
    public bool IsAdvance { get; init; }
    public DateOnly? ReimbursedOn { get; private set; }

    public bool AwaitsReimbursement => IsAdvance && ReimbursedOn is null;

    public void Reimburse(DateOnly on)
    {
        if (!IsAdvance) throw new RuleViolation(RuleViolation.InvalidTransition, "Only an advance is reimbursed; this payment was made by the fund.");
        if (ReimbursedOn is not null) throw new RuleViolation(RuleViolation.InvalidTransition, "This advance has already been reimbursed.");
        if (on < SpentOn) throw new RuleViolation(RuleViolation.Validation, "An advance cannot be reimbursed before it was paid.", "reimbursedOn");
        ReimbursedOn = on;
    }
}
