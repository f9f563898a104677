using InfoGov.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Api.Tests.Infrastructure;

/// <summary>
/// The real API host over a real SQLite database file, migrated and seeded with the demo data on
/// start, in the "Testing" environment (so nothing Development-only is on). Time is fixed at
/// <see cref="Now"/>, a few days after the demo data's reference day.
/// </summary>
public class InfoGovApiFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"infogov-test-{Guid.NewGuid():N}.db");

    public SqlCommandCounter SqlCommands { get; } = new();

    protected virtual string ConnectionString => $"Data Source={_databasePath}";

    protected virtual bool PrepareDatabase => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:InfoGov", ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateOnStartup", PrepareDatabase.ToString());
        builder.UseSetting("Database:SeedDemoData", PrepareDatabase.ToString());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now));
            services.AddSingleton<IInterceptor>(SqlCommands);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}
