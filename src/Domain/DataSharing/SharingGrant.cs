using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>The right, created by an approved request, for one department to use some items of a
/// resource until a date.</summary>
public sealed class SharingGrant : VersionedEntity
{
    public required Guid RequestId { get; init; }
    public required Guid ResourceId { get; init; }
    public required Guid GranteeDepartmentId { get; init; }
    public required DateOnly ValidFrom { get; init; }
    public required DateOnly ValidUntil { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActiveOn(DateOnly day) => RevokedAt is null && ValidFrom <= day && day <= ValidUntil;
}
