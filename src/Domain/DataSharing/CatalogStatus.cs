namespace InfoGov.Domain.DataSharing;

/// <summary>Where a catalog entry stands.</summary>
public enum CatalogStatus
{
    /// <summary>Being prepared by the provider; not visible to other departments.</summary>
    Draft,
    Published,
    /// <summary>No longer offered; its history stays and its grants have ended.</summary>
    Retired,
}
