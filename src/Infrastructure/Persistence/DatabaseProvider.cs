namespace InfoGov.Infrastructure.Persistence;

/// <summary>The database engines InfoGov runs on (configuration key <c>Database:Provider</c>,
/// matched without regard to case: <c>PostgreSQL</c> selects <see cref="PostgreSql"/>).</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
