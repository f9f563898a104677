using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>
/// A firm in the city's register of vendors: contractors, construction supervisors and consultants. Contracts and
/// awarded tenders name a registered vendor; the register is kept by the office.
/// </summary>
public sealed class Vendor : VersionedEntity
{
    public const int NameMaxLength = 200;

    /// <summary>The register's own code, e.g. GYS-0001.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>The unified social credit code (<see cref="Projects.CreditCode"/>): one registration per firm.</summary>
    public required string CreditCode { get; init; }
    public required VendorKind Kind { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }

    /// <summary>A firm entered in the register under <paramref name="code"/>; the caller checks that its credit code is not registered already.</summary>
    public static Vendor Register(string code, string name, string creditCode, VendorKind kind, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new RuleViolation(RuleViolation.Validation, "Give the firm's registered name.", "name");
        if (name.Trim().Length > NameMaxLength) throw new RuleViolation(RuleViolation.Validation, $"Keep the name within {NameMaxLength} characters.", "name");
        return new Vendor
        {
            Code = code,
            Name = name.Trim(),
            CreditCode = Projects.CreditCode.Normalize(creditCode, "creditCode"),
            Kind = kind,
            RegisteredAt = at,
        };
    }
}
