namespace InfoGov.Domain.DataSharing;

/// <summary>How a resource is shared across departments: shared by default, not shared as the exception.</summary>
public enum SharingType
{
    /// <summary>Any department may use it.</summary>
    Unconditional,
    /// <summary>Only on an approved request, possibly only some items.</summary>
    Conditional,
    /// <summary>Needs a legal basis.</summary>
    NotShared,
}
