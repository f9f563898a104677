using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace InfoGov.Bench;

/// <summary>
/// Where the benchmark's data lives: a data set generated once per size under a name, and a fresh
/// copy of it for each benchmark run (the mutation mix writes). One implementation per provider.
/// </summary>
public abstract class BenchDatabase : IAsyncDisposable
{
    /// <summary>The API's <c>Database:Provider</c>.</summary>
    public abstract string Provider { get; }

    public abstract string ConnectionString(string name);

    public abstract Task<bool> ExistsAsync(string name);

    /// <summary>Makes the database generated under <paramref name="building"/> the data set <paramref name="name"/>.</summary>
    public abstract Task CompleteAsync(string building, string name);

    /// <summary>Replaces <paramref name="copy"/> with a copy of <paramref name="name"/>.</summary>
    public abstract Task CopyAsync(string name, string copy);

    /// <summary>CPU milliseconds the database server has used so far, when it runs outside the API's
    /// process (null for an embedded database: its work is in the API's CPU).</summary>
    public virtual double? ServerCpuMs() => null;

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public static async Task<BenchDatabase> OpenAsync(string provider, string workDirectory, string? postgres) =>
        provider.ToLowerInvariant() switch
        {
            "sqlite" => new SqliteBenchDatabase(workDirectory),
            "postgresql" => await PostgreSqlBenchDatabase.OpenAsync(postgres ?? Environment.GetEnvironmentVariable("INFOGOV_BENCH_POSTGRES")),
            _ => throw new ArgumentException($"Unknown provider '{provider}': sqlite or postgresql."),
        };
}

/// <summary>Database files in the work directory (bench/.work).</summary>
public sealed class SqliteBenchDatabase(string directory) : BenchDatabase
{
    public override string Provider => "Sqlite";

    private string PathOf(string name) => Path.GetFullPath(Path.Combine(directory, name + ".db"));

    public override string ConnectionString(string name) => $"Data Source={PathOf(name)}";

    public override Task<bool> ExistsAsync(string name) => Task.FromResult(File.Exists(PathOf(name)));

    public override async Task CompleteAsync(string building, string name)
    {
        // Fold the write-ahead log into the file before it is renamed: a log left beside the old name is lost.
        await using (var connection = new SqliteConnection(ConnectionString(building)))
        {
            await connection.OpenAsync();
            await using var checkpoint = new SqliteCommand("PRAGMA wal_checkpoint(TRUNCATE);", connection);
            await checkpoint.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        DeleteLeftovers(PathOf(building));
        File.Move(PathOf(building), PathOf(name), overwrite: true);
    }

    public override Task CopyAsync(string name, string copy)
    {
        DeleteLeftovers(PathOf(copy)); // a previous run's journal would corrupt the copy
        // What was written last (the migrations just applied) may still be in the source's write-ahead
        // log, which pooled connections keep open: fold it into the file first, or the copy misses it.
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection(ConnectionString(name)))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        File.Copy(PathOf(name), PathOf(copy), overwrite: true);
        return Task.CompletedTask;
    }

    private static void DeleteLeftovers(string path)
    {
        foreach (var leftover in new[] { "-wal", "-shm", "-journal" }) File.Delete(path + leftover);
    }
}

/// <summary>Databases on a PostgreSQL server: the one given (<c>--postgres</c> or
/// <c>INFOGOV_BENCH_POSTGRES</c>, a connection string without a database), or a throwaway cluster
/// started for this run with tests/postgres/throwaway-cluster.sh.</summary>
public sealed class PostgreSqlBenchDatabase : BenchDatabase
{
    private readonly string _server;
    private readonly string? _clusterDirectory;

    private PostgreSqlBenchDatabase(string server, string? clusterDirectory) => (_server, _clusterDirectory) = (server, clusterDirectory);

    public static async Task<BenchDatabase> OpenAsync(string? server)
    {
        if (!string.IsNullOrEmpty(server)) return new PostgreSqlBenchDatabase(server, null);
        var started = (await ClusterAsync("start")).Trim();
        var directory = started[..started.IndexOf(' ')];
        Console.WriteLine($"Started a throwaway PostgreSQL cluster in {directory}.");
        return new PostgreSqlBenchDatabase(started[(directory.Length + 1)..], directory);
    }

    public override string Provider => "PostgreSQL";

    public override string ConnectionString(string name) => new NpgsqlConnectionStringBuilder(_server) { Database = name }.ConnectionString;

    public override async Task<bool> ExistsAsync(string name) =>
        await ScalarAsync("SELECT count(*) FROM pg_database WHERE datname = @name", name) is long count && count > 0;

    public override async Task CompleteAsync(string building, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await ExecuteAsync($"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
        // Planner statistics for the copies (CREATE DATABASE ... TEMPLATE copies them).
        await using var connection = new NpgsqlConnection(ConnectionString(name));
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection);
        analyze.CommandTimeout = 600;
        await analyze.ExecuteNonQueryAsync();
    }

    public override async Task CopyAsync(string name, string copy)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{copy}\" WITH (FORCE)");
        await ExecuteAsync($"CREATE DATABASE \"{copy}\" TEMPLATE \"{name}\"");
    }

    /// <summary>User and system time of every process named postgres on this machine, from /proc.</summary>
    public override double? ServerCpuMs()
    {
        var ticks = 0L;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var close = stat.LastIndexOf(')');
                if (stat[(stat.IndexOf('(') + 1)..close] != "postgres") continue;
                var fields = stat[(close + 2)..].Split(' ');
                ticks += long.Parse(fields[11]) + long.Parse(fields[12]); // utime and stime (fields 14 and 15 of stat)
            }
            catch (IOException) { } // the process ended meanwhile
            catch (UnauthorizedAccessException) { }
        }
        return ticks * 1000.0 / 100; // USER_HZ is 100 on Linux
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_clusterDirectory is not null) await ClusterAsync("stop", _clusterDirectory);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql, string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<string> ClusterAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Arguments.RepositoryRoot(), "tests/postgres/throwaway-cluster.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"throwaway-cluster.sh {string.Join(' ', arguments)}: {error}");
        return output;
    }
}
