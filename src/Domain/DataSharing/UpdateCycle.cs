namespace InfoGov.Domain.DataSharing;

/// <summary>How often the provider refreshes a resource.</summary>
public enum UpdateCycle
{
    RealTime,
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
    Irregular,
}
