namespace InfoGov.Domain.Leadership;

/// <summary>The post an official is appointed to in a department.</summary>
public enum OfficialPost
{
    /// <summary>The head (the "leader"): one at a time; holds the ten informatization duties.</summary>
    Head,
    /// <summary>A deputy head; a department may have several.</summary>
    DeputyHead,
    /// <summary>The head of information management (the CIO): one at a time.</summary>
    InformationManager,
    /// <summary>Any other official recorded for the department.</summary>
    Staff,
}
