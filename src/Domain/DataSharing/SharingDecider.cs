namespace InfoGov.Domain.DataSharing;

/// <summary>Who answers a sharing request: the providing department (its data steward or leader)
/// while the request is pending, the office once it was escalated.</summary>
public enum SharingDecider
{
    Provider,
    Office,
    /// <summary>Anyone else: never a decider.</summary>
    Other,
}
