namespace InfoGov.Domain.Common;

/// <summary>A record about a catalog entry (a sharing request, a grant, an access): it belongs to the
/// entry's provider and, when there is one, to the department on the other side.</summary>
public interface IPartOfDataResource
{
    Guid ResourceId { get; }

    /// <summary>The requesting or receiving department; null when only the provider is concerned.</summary>
    Guid? CounterpartDepartmentId { get; }
}
