using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>An expert sitting on a review panel.</summary>
public sealed class PanelMember : IPanelRecord
{
    public required Guid PanelId { get; init; }
    public required Guid ExpertId { get; init; }
    public bool IsChair { get; init; }

    /// <summary>The rule of DOMAIN.md section 3: no expert from the owning department.</summary>
    public static bool MayServe(Expert expert, Project project) =>
        expert.IsActive && expert.AffiliationDepartmentId != project.OwnerDepartmentId;
}
