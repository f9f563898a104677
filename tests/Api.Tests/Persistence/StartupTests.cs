using InfoGov.Api.Tests.TestHost;
using Microsoft.Data.Sqlite;

namespace InfoGov.Api.Tests.Persistence;

/// <summary>Outside Development the host never migrates or seeds on its own, and database faults
/// reach clients as a coded error without internals.</summary>
public class StartupTests
{
    private sealed class UnpreparedDatabaseFactory : InfoGovApiFactory
    {
        public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"infogov-unprepared-{Guid.NewGuid():N}.db");

        protected override string ConnectionString => $"Data Source={DatabasePath}";

        protected override bool PrepareDatabase => false;
    }

    private sealed class UnpreparedDevelopmentFactory : InfoGovApiFactory
    {
        protected override bool PrepareDatabase => false;

        protected override string Environment => "Development";
    }

    [Fact]
    public async Task In_development_fault_details_reach_authenticated_callers_only()
    {
        await using var factory = new UnpreparedDevelopmentFactory();
        var anonymous = Assert.Single((await factory.CreateClient().PostQueryAsync("{ projects { totalCount } }")).Errors);
        Assert.Equal("INTERNAL_SERVER_ERROR", (string?)anonymous["extensions"]!["code"]);
        Assert.Null(anonymous["extensions"]!["details"]);
        Assert.DoesNotContain("no such table", anonymous.ToString(), StringComparison.OrdinalIgnoreCase);

        var developer = Assert.Single((await factory.ClientAs("XXB", InfoGov.Api.Engine.Authorization.Roles.Admin).PostQueryAsync("{ projects { totalCount } }")).Errors);
        Assert.Contains("no such table", developer.ToString(), StringComparison.OrdinalIgnoreCase);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Outside_development_the_host_does_not_migrate_on_start()
    {
        await using var factory = new UnpreparedDatabaseFactory();
        var response = await factory.CreateClient().PostQueryAsync("{ departments { totalCount } }");

        Assert.NotEmpty(response.Errors);
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
        SqliteConnection.ClearAllPools();
        File.Delete(factory.DatabasePath);
    }

    [Fact]
    public async Task A_database_fault_is_reported_without_internals()
    {
        await using var factory = new UnpreparedDatabaseFactory();
        var response = await factory.CreateClient().PostQueryAsync("{ projects { totalCount } }");

        var error = Assert.Single(response.Errors);
        Assert.Equal("INTERNAL_SERVER_ERROR", (string?)error["extensions"]!["code"]);
        Assert.Null(error["extensions"]!["details"]);
        var text = response.Body.ToString();
        Assert.DoesNotContain("no such table", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SqliteException", text);
        Assert.DoesNotContain(" at ", (string?)error["message"]);
        SqliteConnection.ClearAllPools();
        File.Delete(factory.DatabasePath);
    }
}
