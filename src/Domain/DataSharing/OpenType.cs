namespace InfoGov.Domain.DataSharing;

/// <summary>Whether a resource is disclosed to the public.</summary>
public enum OpenType
{
    Open,
    ConditionallyOpen,
    NotOpen,
}
