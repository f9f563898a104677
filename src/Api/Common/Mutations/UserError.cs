namespace InfoGov.Api.Common.Mutations;

/// <summary>Why a mutation was refused: a stable code, a message a user can act on, and the input
/// field at fault when there is one.</summary>
public sealed record UserError(string Code, string Message, string? Field = null)
{
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string NotPermitted = "NOT_PERMITTED";
    public const string Validation = "VALIDATION";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string FundCapExceeded = "FUND_CAP_EXCEEDED";
    public const string BudgetExceeded = "BUDGET_EXCEEDED";
    public const string NotGranted = "NOT_GRANTED";
    public const string GrantExpired = "GRANT_EXPIRED";

    /// <summary>For a CONFLICT: the object's version now, to retry against.</summary>
    public int? CurrentVersion { get; init; }
}
