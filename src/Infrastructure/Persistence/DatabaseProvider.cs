namespace InfoGov.Infrastructure.Persistence;

/// <summary>The database engines InfoGov runs on (configuration key <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
