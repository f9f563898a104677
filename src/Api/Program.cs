using GraphQL.Types;
using InfoGov.Api;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Health;
using InfoGov.Api.Engine.Http;
using InfoGov.Api.Engine.Ide;
using InfoGov.Api.Features.Export;
using InfoGov.Api.Features.Import;
using InfoGov.Infrastructure;
using InfoGov.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

var command = HostCommands.CommandOf(args);

var builder = WebApplication.CreateBuilder(args);
// No "Server: Kestrel" on responses: the server's make tells a client nothing it needs.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
try
{
    builder.Services.AddInfrastructure(builder.Configuration);
    builder.Services.AddInfoGovAuthentication(builder.Configuration, builder.Environment);
    builder.Services.AddInfoGovApi(builder.Configuration, builder.Environment);
}
catch (OptionsValidationException wrong)
{
    // A wrong setting stops the host before it serves anything, saying which one and why.
    foreach (var failure in wrong.Failures) Console.Error.WriteLine(failure);
    return 2;
}

var app = builder.Build();

if (command is not null) return await HostCommands.RunAsync(command, args, app);

// Build the schema now: it refuses to start with an element that declares no access.
app.Services.GetRequiredService<ISchema>().Initialize();

await using (var scope = app.Services.CreateAsyncScope())
{
    var database = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
    var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
    if (database.MigrateOnStartup) await initializer.MigrateAsync();
    if (database.SeedDemoData) await initializer.SeedDemoDataAsync();
    await PublishInitialCalendarAsync(initializer, app.Logger);
}

// Behind a balancer, the client's address and scheme are those it forwards (Server:KnownProxies).
app.UseForwardedHeaders();
app.UseBrowserAccess();
app.UseGraphiQL("/graphql");
app.UseAuthentication();
app.UseWebSockets();
app.MapGraphQLEndpoint("/graphql");
// Liveness answers while the process runs; readiness also needs the database, and reports Redis (degraded when away).
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = ReadinessReport.WriteAsync });
app.MapDiagnosticCounters();
app.MapExports();
app.MapCsvExports();
app.MapBulletins();
app.MapMeetingRecords();
app.MapAccessLogExport();
app.MapResourceSchemas();
app.MapSharingEvaluations();
app.MapImportTemplates();
app.Lifetime.ApplicationStarted.Register(() =>
{
    var ide = app.Services.GetRequiredService<GraphiQLOptions>().Enabled;
    foreach (var url in app.Urls)
    {
        Console.WriteLine($"InfoGov GraphQL API listening on {url}/graphql");
        if (ide) Console.WriteLine($"GraphiQL IDE: open {url}/graphql in a browser");
    }
});
await app.RunAsync();
return 0;

// The configured holidays are the calendar's initial value (CalendarInitialValue). A database that cannot
// answer yet (unmigrated, unreachable) does not stop the host: deadlines then refuse until the office
// publishes the year, and the next start tries again.
static async Task PublishInitialCalendarAsync(DatabaseInitializer initializer, ILogger logger)
{
    try
    {
        await initializer.PublishInitialCalendarAsync();
    }
    catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
    {
        logger.LogWarning(e, "The configured calendar years could not be published at start");
    }
}

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
