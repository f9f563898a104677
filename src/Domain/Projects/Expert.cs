using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>A member of the expert pool. An expert affiliated with a department may not sit on
/// the panel of that department's projects. Identities are restricted until a review closes.</summary>
public sealed class Expert : VersionedEntity
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>Field of expertise used to draw panels, e.g. "network", "software", "data", "finance".</summary>
    public required string Category { get; init; }
    public string? Title { get; init; }
    /// <summary>The department the expert works for, if any.</summary>
    public Guid? AffiliationDepartmentId { get; init; }
    public bool IsActive { get; init; } = true;
    /// <summary>The expert's Entra ID object id: how a signed-in expert is recognised as this pool member.</summary>
    public Guid? AccountObjectId { get; init; }

    /// <summary>The expert declares a conflict of interest with a department, once, with its nature;
    /// the expert is then never drawn for, nor accepts, that department's projects.</summary>
    public ExpertConflict DeclareConflict(Guid departmentId, string reason, bool alreadyDeclared, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new RuleViolation(RuleViolation.Validation, "State the nature of the conflict.", "reason");
        if (alreadyDeclared) throw new RuleViolation(RuleViolation.Validation, "This conflict is already declared.", "departmentCode");
        return new ExpertConflict { ExpertId = Id, DepartmentId = departmentId, Reason = reason.Trim(), DeclaredOn = today };
    }
}
