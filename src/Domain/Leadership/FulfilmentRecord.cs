using InfoGov.Domain.Common;

namespace InfoGov.Domain.Leadership;

/// <summary>Evidence that a responsibility was exercised: what was approved or done, when, and
/// where the document is.</summary>
public sealed class FulfilmentRecord : Entity
{
    public required Guid AssignmentId { get; init; }
    public required string Summary { get; init; }
    public required DateOnly FulfilledOn { get; init; }
    public required string EvidenceReference { get; init; }
}
