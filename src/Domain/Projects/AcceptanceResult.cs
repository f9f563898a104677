namespace InfoGov.Domain.Projects;

/// <summary>The outcome of an acceptance.</summary>
public enum AcceptanceResult
{
    Passed,
    PassedWithConditions,
    Failed,
}
