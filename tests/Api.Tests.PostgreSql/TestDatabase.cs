using System.Diagnostics;
using Npgsql;

namespace InfoGov.Api.Tests.TestHost;

/// <summary>
/// The database each test host gets here: a database of its own on a PostgreSQL server. The server is
/// the one <c>INFOGOV_TEST_POSTGRES</c> names (a connection string without a database; <c>.ci/run</c>
/// sets it), or else a throwaway cluster this test run starts with
/// <c>tests/postgres/throwaway-cluster.sh</c> and stops when it ends.
/// </summary>
internal static class TestDatabase
{
    /// <summary>The <c>Database:Provider</c> setting.</summary>
    public const string Provider = "PostgreSQL";

    private static readonly Lazy<string> Server = new(FindServer);

    /// <summary>A connection string to a database nothing else uses (created when the host migrates).</summary>
    public static string NewConnectionString() =>
        new NpgsqlConnectionStringBuilder(Server.Value) { Database = $"infogov_test_{Guid.NewGuid():N}" }.ConnectionString;

    /// <summary>Drops the database behind <paramref name="connectionString"/>, closing what still uses it.</summary>
    public static void Drop(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server.Value) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    private static string FindServer()
    {
        if (Environment.GetEnvironmentVariable("INFOGOV_TEST_POSTGRES") is { Length: > 0 } given) return given;
        var script = Path.Combine(RepositoryRoot.Path, "tests", "postgres", "throwaway-cluster.sh");
        var started = Run(script, "start");
        var directory = started[..started.IndexOf(' ')];
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "stop", directory);
        return started[(directory.Length + 1)..];
    }

    private static string Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(script)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
        return output.Trim();
    }
}
