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
}
