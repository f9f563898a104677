using InfoGov.Domain.Common;

namespace InfoGov.Api.Engine.Errors;

/// <summary>Why a mutation was refused: a stable code (defined once, on <see cref="RuleViolation"/>), a
/// message a user can act on, and the input field at fault when there is one.</summary>
public sealed record UserError(string Code, string Message, string? Field = null)
{
    public const string NotFound = RuleViolation.NotFound;
    public const string Conflict = RuleViolation.Conflict;
    public const string NotPermitted = RuleViolation.NotPermitted;
    public const string Validation = RuleViolation.Validation;
    public const string InvalidTransition = RuleViolation.InvalidTransition;
    public const string FundCapExceeded = RuleViolation.FundCapExceeded;
    public const string BudgetExceeded = RuleViolation.BudgetExceeded;
    public const string NotGranted = RuleViolation.NotGranted;
    public const string GrantExpired = RuleViolation.GrantExpired;

    /// <summary>For a CONFLICT: the object's version now, to retry against.</summary>
    public int? CurrentVersion { get; init; }
}
