namespace InfoGov.Domain.DataSharing;

/// <summary>How a resource is delivered to its users.</summary>
public enum DeliveryMethod
{
    File,
    DatabaseTable,
    Api,
}
