using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>A procurement round for a project.</summary>
public sealed class Tender : VersionedEntity, IPartOfProject
{
    public required Guid ProjectId { get; init; }
    public required string Title { get; init; }
    public required TenderMethod Method { get; init; }
    public required DateOnly PublishedOn { get; init; }
    public DateOnly? AwardedOn { get; init; }
    public string? WinningVendor { get; init; }
    /// <summary>The winner in the register; null while not awarded and for tenders recorded before the register existed.</summary>
    public Guid? WinningVendorId { get; init; }
    public int BidCount { get; init; }
}
