namespace InfoGov.Domain.Operations;

/// <summary>How bad an incident is; each severity has its own repair target.</summary>
public enum IncidentSeverity
{
    Critical,
    Major,
    Minor,
}
