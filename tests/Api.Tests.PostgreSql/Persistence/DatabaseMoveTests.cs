using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Persistence;

/// <summary>
/// A city moves off the embedded database: the demo database made on SQLite is copied by <c>copy-database</c>
/// into a migrated, empty PostgreSQL database, and then answers the same queries with the same results, with
/// every access-log chain intact. Only in this project: it needs a PostgreSQL server.
/// </summary>
public sealed class DatabaseMoveTests : IAsyncLifetime
{
    private readonly string _sqlitePath = Path.Combine(Path.GetTempPath(), $"infogov-move-{Guid.NewGuid():N}.db");
    private readonly string _postgres = TestDatabase.NewConnectionString();
    private string Sqlite => $"Data Source={_sqlitePath}";

    private Dictionary<string, string> On(string provider, string connectionString) => new()
    {
        ["ConnectionStrings__InfoGov"] = connectionString,
        ["Database__Provider"] = provider,
        ["Database__MigrateOnStartup"] = "false",
        ["Database__SeedDemoData"] = "false",
    };

    public async Task InitializeAsync()
    {
        var (seeded, seeding) = await ApiProcess.RunToExitAsync(["migrate", "--seed-demo-data"], On("Sqlite", Sqlite));
        Assert.True(seeded == 0, seeding);
        var (migrated, migrating) = await ApiProcess.RunToExitAsync(["migrate"], On("PostgreSQL", _postgres));
        Assert.True(migrated == 0, migrating);
    }

    public Task DisposeAsync()
    {
        TestDatabase.Drop(_postgres);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _sqlitePath, _sqlitePath + "-wal", _sqlitePath + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        return Task.CompletedTask;
    }

    private const string Queries = """
        {
          departments(first: 100) { totalCount nodes { id code name kind version parent { code } } }
          projects(first: 100) { totalCount nodes { id code name status level reviewDueOn version department { code } currentPlan { budget { amount currency } startOn dueOn } } }
          dataResources(first: 100) { totalCount nodes { id code name openType accessLogIntegrity { isIntact entries anchoredSequence missingEntries } } }
          experts(first: 100) { totalCount nodes { code fields isActive } }
          programmes(first: 10) { nodes { code targets(first: 10) { nodes { year unit quantity } } } }
          workingDayCalendars(first: 10) { nodes { year holidays makeUpWorkingDays } }
        }
        """;

    [Fact]
    public async Task The_demo_database_moved_from_SQLite_to_PostgreSQL_answers_the_same_and_every_chain_verifies()
    {
        var (exit, output) = await ApiProcess.RunToExitAsync(["copy-database", "--to-provider", "PostgreSQL", "--to", _postgres], On("Sqlite", Sqlite));
        Assert.True(exit == 0, output);
        Assert.Contains("Projects ", output);
        Assert.DoesNotContain("DIFFERS", output);

        JToken before, after;
        using (var source = new MovedFactory(Sqlite, "Sqlite"))
        using (var office = source.OfficeClient())
            before = (await office.PostQueryAsync(Queries)).AssertNoErrors().Data;
        using (var target = new MovedFactory(_postgres, "PostgreSQL"))
        using (var office = target.OfficeClient())
            after = (await office.PostQueryAsync(Queries)).AssertNoErrors().Data;

        Assert.True(JToken.DeepEquals(before, after), $"SQLite: {before}\nPostgreSQL: {after}");
        var chains = after["dataResources"]!["nodes"]!.Select(n => n["accessLogIntegrity"]).Where(i => i is JObject).ToList();
        Assert.NotEmpty(chains);
        Assert.All(chains, chain => Assert.True((bool)chain!["isIntact"]!, chain!.ToString()));
        Assert.Contains(chains, chain => (int)chain!["entries"]! > 0);

        // A second copy into the now full database stops, and says why.
        var (again, refusal) = await ApiProcess.RunToExitAsync(["copy-database", "--to-provider", "PostgreSQL", "--to", _postgres], On("Sqlite", Sqlite));
        Assert.Equal(2, again);
        Assert.Contains("not empty", refusal);
    }

    /// <summary>The API over a database prepared outside it, on the provider given.</summary>
    private sealed class MovedFactory(string connectionString, string provider) : InfoGovApiFactory
    {
        protected override string ConnectionString => connectionString;
        protected override bool PrepareDatabase => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:Provider", provider);
        }
    }
}
