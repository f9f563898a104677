namespace InfoGov.Domain.Common;

/// <summary>A domain rule refused an action. <see cref="Code"/> is stable for clients;
/// <see cref="Field"/> names the offending input when there is one.</summary>
public sealed class RuleViolation(string code, string message, string? field = null) : InvalidOperationException(message)
{
    public const string Validation = "VALIDATION";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string FundCapExceeded = "FUND_CAP_EXCEEDED";
    public const string BudgetExceeded = "BUDGET_EXCEEDED";
    public const string NotPermitted = "NOT_PERMITTED";

    public string Code { get; } = code;
    public string? Field { get; } = field;
}
