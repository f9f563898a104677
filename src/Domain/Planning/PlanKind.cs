namespace InfoGov.Domain.Planning;

/// <summary>The two informatization plans a department keeps (DOMAIN.md section 2, duty 2).</summary>
public enum PlanKind
{
    /// <summary>The multi-year development plan, five calendar years.</summary>
    FiveYear,
    /// <summary>The annual implementation plan: what is built this year.</summary>
    Annual,
}
