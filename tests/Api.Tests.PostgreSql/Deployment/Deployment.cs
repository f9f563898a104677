using System.Net;
using System.Text;
using InfoGov.Api.Tests.Faults;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace InfoGov.Api.Tests.Deployment;

/// <summary>
/// The production shape on loopback: a PostgreSQL server, a Redis, two InfoGov instances started as processes with
/// the README's instance environment (deploy/instance.env), and nginx in front with the README's balancer
/// configuration. Only addresses, the local token issuer and the test's short intervals replace documented values.
/// A test that stops a part starts it again before it ends, so the tests may run in any order.
/// </summary>
public sealed class Deployment : IAsyncLifetime
{
    private string _root = "";
    private Dictionary<string, string> _environment = [];

    public ThrowawayCluster Postgres { get; private set; } = null!;
    public RedisServer Redis { get; private set; } = null!;
    public ApiProcess A { get; private set; } = null!;
    public ApiProcess B { get; private set; } = null!;
    public NginxBalancer Balancer { get; private set; } = null!;
    public string OfficeToken { get; private set; } = "";
    public string AdminToken { get; private set; } = "";

    /// <summary>The anonymous budget the instances are given: small, refilled one permit a minute, so that what was
    /// granted is counted exactly.</summary>
    public const int AnonymousBudget = 30;

    public async Task InitializeAsync()
    {
        _root = Directory.CreateTempSubdirectory("infogov-deployment-").FullName;
        Postgres = await ThrowawayCluster.StartAsync();
        Redis = await RedisServer.StartAsync();
        _environment = await InstanceEnvironmentAsync();
        var (exit, output) = await ApiProcess.RunToExitAsync(["migrate", "--seed-demo-data"], _environment, TimeSpan.FromMinutes(4));
        Assert.True(exit == 0, output);
        A = await StartInstanceAsync(ApiProcess.FreePort());
        B = await StartInstanceAsync(ApiProcess.FreePort());
        Balancer = await NginxBalancer.StartAsync(_root, A.Port, B.Port);
        OfficeToken = await A.TokenAsync("--role", "Gov.CommitteeOffice", "--dept", "XXB");
        AdminToken = await A.TokenAsync("--role", "Gov.Admin");
    }

    public async Task DisposeAsync()
    {
        foreach (var part in new IAsyncDisposable?[] { Balancer, A, B, Redis, Postgres })
            if (part is not null) await part.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>deploy/instance.env as the README gives it, with this machine's addresses, the local token issuer
    /// instead of Entra ID, and intervals short enough for a test.</summary>
    private async Task<Dictionary<string, string>> InstanceEnvironmentAsync()
    {
        var environment = new Dictionary<string, string>();
        foreach (var line in await File.ReadAllLinesAsync(Path.Combine(RepositoryRoot.Path, "deploy", "instance.env")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            environment[line[..equals]] = line[(equals + 1)..];
        }
        foreach (var documented in new[] { "Database__Provider", "Redis__Configuration", "ConnectionStrings__InfoGov", "Server__DrainTime", "Notifications__ClaimLease" })
            Assert.True(environment.ContainsKey(documented), $"deploy/instance.env sets {documented}");
        var database = new NpgsqlConnectionStringBuilder(environment["ConnectionStrings__InfoGov"]);
        var server = new NpgsqlConnectionStringBuilder(Postgres.ConnectionString);
        (database.Host, database.Port, database.Username, database.Password, database.Database) = (server.Host, server.Port, server.Username, null, "infogov_deployment");
        environment["ConnectionStrings__InfoGov"] = database.ConnectionString;
        environment["Redis__Configuration"] = Redis.Configuration;
        environment.Remove("ASPNETCORE_URLS"); // each instance is given its own --urls
        environment.Remove("Server__KnownProxies__0"); // nginx runs on loopback, which is believed anyway
        // The local issuer instead of Entra ID (refused in Production): the same JWT pipeline with a local key.
        environment["ASPNETCORE_ENVIRONMENT"] = "Staging";
        environment["Authentication__UseLocalIssuer"] = "true";
        environment["Authentication__LocalIssuer__KeyFile"] = Path.Combine(_root, "signing-key.pem");
        // A test cannot wait two minutes for a dead instance's claims, nor five seconds for a poll.
        environment["Notifications__ClaimLease"] = "00:00:05";
        environment["Notifications__PollInterval"] = "00:00:00.2";
        environment["Webhooks__PollInterval"] = "00:00:00.2";
        environment["Webhooks__AllowPrivateTargets"] = "true";
        environment["RateLimiting__Anonymous__PermitLimit"] = AnonymousBudget.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["RateLimiting__Anonymous__PermitsPerMinute"] = "1";
        environment["RateLimiting__Users__PermitLimit"] = "1000000";
        environment["RateLimiting__Users__PermitsPerMinute"] = "1000000";
        return environment;
    }

    public Task<ApiProcess> StartInstanceAsync(int port) => ApiProcess.StartAsync(port, ["--urls", $"http://127.0.0.1:{port}"], _environment);

    /// <summary>Kills instance A (SIGKILL) and returns; <see cref="RestartAAsync"/> brings it back on its port.</summary>
    public Task KillAAsync() => A.KillAsync();

    public async Task RestartAAsync()
    {
        var port = A.Port;
        await A.DisposeAsync();
        A = await StartInstanceAsync(port);
    }

    /// <summary>Waits until both instances are ready with Redis answering (a previous test may have stopped a part).</summary>
    public async Task SettledAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var healthy = 0;
            foreach (var instance in new[] { A, B })
            {
                try
                {
                    using var response = await http.GetAsync($"http://127.0.0.1:{instance.Port}/health/ready");
                    if (response.StatusCode == HttpStatusCode.OK && (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["status"] == "Healthy") healthy++;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }
            }
            if (healthy == 2) return;
            await Task.Delay(250);
        }
        Assert.Fail("The deployment did not settle: both instances ready, Redis answering.");
    }

    /// <summary>The answer to one GraphQL POST to <paramref name="baseUrl"/>, whatever its status.</summary>
    public static async Task<Answer> PostAsync(HttpClient http, string baseUrl, string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + "/graphql")
        {
            Content = new StringContent(JsonConvert.SerializeObject(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, response.Headers.RetryAfter?.ToString(),
            response.Headers.TryGetValues("RateLimit-Remaining", out var remaining) ? int.Parse(remaining.First(), System.Globalization.CultureInfo.InvariantCulture) : null, body);
    }

    public sealed record Answer(HttpStatusCode Status, string? RetryAfter, int? Remaining, string Body)
    {
        public JObject Json => JObject.Parse(Body);
        public bool Succeeded => Status == HttpStatusCode.OK && Json["errors"] is null;
    }
}
