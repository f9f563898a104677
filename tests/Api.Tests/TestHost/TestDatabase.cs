using Microsoft.Data.Sqlite;

namespace InfoGov.Api.Tests.TestHost;

/// <summary>
/// The database each test host gets: here a fresh SQLite file. The PostgreSQL test project compiles
/// the same tests with its own <c>TestDatabase</c> (one database per host on a PostgreSQL server),
/// so every test that goes through <see cref="InfoGovApiFactory"/> runs on both providers.
/// </summary>
internal static class TestDatabase
{
    /// <summary>The <c>Database:Provider</c> setting.</summary>
    public const string Provider = "Sqlite";

    /// <summary>A connection string to a database nothing else uses (created when the host migrates).</summary>
    public static string NewConnectionString() => $"Data Source={Path.Combine(Path.GetTempPath(), $"infogov-test-{Guid.NewGuid():N}.db")}";

    /// <summary>Deletes the database behind <paramref name="connectionString"/>.</summary>
    public static void Drop(string connectionString)
    {
        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}
