namespace InfoGov.Domain.Projects;

/// <summary>What a vendor does for projects.</summary>
public enum VendorKind
{
    /// <summary>Builds or supplies: software, systems integration, equipment.</summary>
    Contractor,
    /// <summary>Construction supervision (监理): oversees the contractor's work for the owner and reports on it.</summary>
    Supervisor,
    /// <summary>Advice: feasibility studies, design, evaluation.</summary>
    Consultant,
}
