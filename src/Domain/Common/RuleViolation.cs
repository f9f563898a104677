namespace InfoGov.Domain.Common;

/// <summary>A domain rule refused an action. <see cref="Code"/> is stable for clients;
/// <see cref="Field"/> names the offending input when there is one. The codes are defined here
/// once, with what each means; the API documents them from <see cref="Codes"/>.</summary>
public class RuleViolation(string code, string message, string? field = null) : InvalidOperationException(message)
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
    public const string ContraryToPanel = "CONTRARY_TO_PANEL";
    public const string FundsNotAllocated = "FUNDS_NOT_ALLOCATED";
    public const string CalendarNotPublished = "CALENDAR_NOT_PUBLISHED";
    public const string ImportRejected = "IMPORT_REJECTED";
    public const string ImportColumns = "IMPORT_COLUMNS";
    public const string NotASpreadsheet = "NOT_A_SPREADSHEET";
    public const string TenderRequired = "TENDER_REQUIRED";

    /// <summary>Every code a refused change carries, with its meaning.</summary>
    public static readonly IReadOnlyDictionary<string, string> Codes = new Dictionary<string, string>
    {
        [NotFound] = "an object named in the input does not exist (or the caller may not see it)",
        [Conflict] = "someone else changed the object first; reload it (currentVersion) and retry",
        [NotPermitted] = "the caller may not do this to this object (another department, not a member, not a delegate)",
        [Validation] = "the input breaks a rule; field names it",
        [InvalidTransition] = "the object's state does not allow this now",
        [FundCapExceeded] = "the allocation would take the year's special fund past its cap",
        [BudgetExceeded] = "allocations or contracts would pass the project's approved budget",
        [NotGranted] = "the department holds no grant covering the data accessed",
        [GrantExpired] = "the department's grant is not in force today",
        [ContraryToPanel] = "the decision goes against the majority of the experts' verdicts (an acceptance follows them; a review may only with a recorded reason)",
        [ImportRejected] = "an import has rows with errors, each listed by row and column in its report; nothing was written",
        [ImportColumns] = "an import file lacks a required column or has one its kind does not know; nothing was read",
        [NotASpreadsheet] = "an uploaded file is neither UTF-8 CSV with a header row nor an XLSX workbook",
        [CalendarNotPublished] = "a deadline in working days runs into a year whose working-day calendar the office has not published",
        [TenderRequired] = "a contract is signed after an awarded tender of the project, or under a tender exemption the office granted",
        [FundsNotAllocated] = "a payment or reimbursement would pass what the special fund allocated to the project for that year, or an advance what the approved budget leaves unallocated",
    };

    public string Code { get; } = code;
    public string? Field { get; } = field;
}
