namespace InfoGov.Domain.Projects;

/// <summary>How a delivered system is running.</summary>
public enum OperatingStatus
{
    Stable,
    MinorIssues,
    Unstable,
    OutOfService,
}
