namespace InfoGov.Domain.Projects;

/// <summary>The level of government a project is a key project of; municipal key and above are major.</summary>
public enum ProjectLevel
{
    National,
    Provincial,
    Municipal,
    RegionalKey,
    Departmental,
}
