namespace InfoGov.Domain.Projects;

/// <summary>What a change request changes.</summary>
public enum ChangeKind
{
    Scope,
    Budget,
    Dates,
}
