namespace InfoGov.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "InfoGov";
    public const string DefaultSqliteConnectionString = "Data Source=infogov.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Apply pending migrations when the host starts. On in Development only by default;
    /// elsewhere migrations run only through the <c>migrate</c> command.</summary>
    public bool MigrateOnStartup { get; set; }
    /// <summary>Insert the demo data set when the database is empty.</summary>
    public bool SeedDemoData { get; set; }
    /// <summary>EF Core's check that a context is not used by two operations at once. The API never does
    /// (queries run with the serial strategy), and the check sets an async-local value twice for every row
    /// read, so it is off by default and on in the tests and in Development, where a mistake should fail loudly.</summary>
    public bool ThreadSafetyChecks { get; set; }
    /// <summary>Times a command or a mutation's transaction is replayed after a transient fault (PostgreSQL, SQL Server).
    /// Kept small: a database that stays away is answered 503 with Retry-After rather than held until the request times out.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 20)]
    public int MaxRetryCount { get; set; } = 3;
    /// <summary>Longest wait between two replays.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
