using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>
/// A firm in the city's register of vendors: contractors, construction supervisors and consultants. Contracts and
/// awarded tenders name a registered vendor; the register is kept by the office.
/// </summary>
public sealed class Vendor : VersionedEntity, Integration.IKeepsHistory
{
    public const int NameMaxLength = 200;

    /// <summary>The register's own code, e.g. GYS-0001.</summary>
    public required string Code { get; init; }
    public string Name { get; private set; } = "";
    /// <summary>The unified social credit code (<see cref="Projects.CreditCode"/>): one registration per firm.</summary>
    public required string CreditCode { get; init; }
    public VendorKind Kind { get; private set; }
    public required DateTimeOffset RegisteredAt { get; init; }
    /// <summary>When the office took the firm off the active register (dissolved, barred); null while active.</summary>
    public DateOnly? RetiredOn { get; private set; }
    public string? RetirementReason { get; private set; }

    public bool IsActive => RetiredOn is null;

    /// <summary>A firm entered in the register under <paramref name="code"/>; the caller checks that its credit code is not registered already.</summary>
    public static Vendor Register(string code, string name, string creditCode, VendorKind kind, DateTimeOffset at, Guid id = default) => new()
    {
        Id = id,
        Code = code,
        Name = ValidName(name),
        CreditCode = Projects.CreditCode.Normalize(creditCode, "creditCode"),
        Kind = kind,
        RegisteredAt = at,
    };

    /// <summary>The firm renamed, or found to do other work; its credit code, and so its identity, stays. Contracts
    /// signed before keep the name they were signed under.</summary>
    public void Revise(string name, VendorKind kind)
    {
        Name = ValidName(name);
        Kind = kind;
    }

    /// <summary>Off the active register: no tender is awarded to it and no contract signed with it from now on;
    /// its contracts stand.</summary>
    public void Retire(string reason, DateOnly today)
    {
        if (RetiredOn is not null) throw new RuleViolation(RuleViolation.InvalidTransition, $"{Code} was retired on {RetiredOn:yyyy-MM-dd} already.");
        RetirementReason = Texts.Required(reason, "reason", "Say why the firm leaves the register.", 1000);
        RetiredOn = today;
    }

    /// <summary>Back on the active register (a retirement made in error, or a bar lifted).</summary>
    public void Reinstate()
    {
        if (RetiredOn is null) throw new RuleViolation(RuleViolation.InvalidTransition, $"{Code} is on the active register.");
        RetiredOn = null;
        RetirementReason = null;
    }

    /// <summary>Refuses a retired firm for a new tender award or contract.</summary>
    public void EnsureActive(string field)
    {
        if (RetiredOn is { } retired)
            throw new RuleViolation(RuleViolation.Validation, $"{Code} {Name} left the register on {retired:yyyy-MM-dd} ({RetirementReason}): choose an active vendor.", field);
    }

    private static string ValidName(string name) =>
        Texts.Required(name, "name", "Give the firm's registered name.", NameMaxLength);
}
