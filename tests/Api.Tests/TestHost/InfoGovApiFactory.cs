using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Api.Tests.TestHost;

/// <summary>
/// The real API host over a real database of its own (<see cref="TestDatabase"/>: a SQLite file, or
/// a PostgreSQL database in the PostgreSQL test project), migrated and seeded with the demo data on
/// start, in the "Testing" environment (so nothing Development-only is on). Time is fixed at
/// <see cref="Now"/>, a few days after the demo data's reference day.
/// </summary>
public class InfoGovApiFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);

    private readonly string _connectionString = TestDatabase.NewConnectionString();
    private readonly string _keyPath = Path.Combine(Path.GetTempPath(), $"infogov-test-key-{Guid.NewGuid():N}.pem");

    /// <summary>SQL commands sent, counted by the API's own interceptor.</summary>
    public SqlCommandCounter SqlCommands => _sqlCommands ??= new(() => Services.GetRequiredService<InfoGov.Infrastructure.Persistence.Interceptors.SqlCommandCounter>());
    private SqlCommandCounter? _sqlCommands;

    /// <summary>A token of the local issuer, valid for this host.</summary>
    public string Token(TokenRequest request) => Services.GetRequiredService<LocalTokenIssuer>().Issue(request);

    /// <summary>A client of the informatization office holding every reading role: it may read
    /// everything, everywhere. For tests about data rather than access.</summary>
    public HttpClient OfficeClient() =>
        ClientAs("XXB", Roles.CommitteeOffice, Roles.Finance, Roles.Expert, Roles.Admin, Roles.Staff, Roles.DataSteward);

    /// <summary>A client that sends a token with the given roles (and department).</summary>
    public HttpClient ClientAs(string? department, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token(new TokenRequest(roles, department)));
        return client;
    }

    protected virtual string ConnectionString => _connectionString;

    protected virtual bool PrepareDatabase => true;

    protected virtual string Environment => "Testing";

    /// <summary>The instant the host's clock stands at.</summary>
    protected virtual DateTimeOffset ClockTime => Now;

    protected virtual bool UseLocalIssuer => true;

    /// <summary>Each caller's rate-limit budget.</summary>
    protected virtual int RateLimitPermits => 1_000_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:InfoGov", ConnectionString);
        builder.UseSetting("Database:Provider", TestDatabase.Provider);
        builder.UseSetting("Database:MigrateOnStartup", PrepareDatabase.ToString());
        builder.UseSetting("Database:SeedDemoData", PrepareDatabase.ToString());
        builder.UseSetting("Database:ThreadSafetyChecks", "true"); // a context used twice at once fails the test
        builder.UseSetting("Authentication:UseLocalIssuer", UseLocalIssuer.ToString());
        builder.UseSetting("Authentication:LocalIssuer:KeyFile", _keyPath);
        // The suite sends thousands of requests as a handful of callers; rate limits stay on, with
        // budgets it cannot exhaust. RateLimitingTests sets small ones.
        foreach (var kind in new[] { "Anonymous", "Users", "Apps" })
        {
            builder.UseSetting($"RateLimiting:{kind}:PermitLimit", RateLimitPermits.ToString());
            builder.UseSetting($"RateLimiting:{kind}:PermitsPerMinute", RateLimitPermits.ToString());
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(new FixedTimeProvider(ClockTime));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        TestDatabase.Drop(_connectionString);
        if (File.Exists(_keyPath)) File.Delete(_keyPath);
    }
}
