using GraphQL;
using GraphQL.Types;
using InfoGov.Api;
using InfoGov.Api.Authorization;
using InfoGov.Api.Http;
using InfoGov.Infrastructure;
using InfoGov.Infrastructure.Persistence;

// Commands: (none) serve the API; "migrate" apply migrations and exit; "print-schema [file]" print the SDL;
// "token --role R [--dept D] [--app]" print a Development token.
// "dotnet run" starts in the project directory, so give print-schema an absolute path.
// Only the first argument names a command: host options such as "--urls http://..." take values.
var command = args.FirstOrDefault() is { } first && !first.StartsWith('-') ? first : null;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddInfoGovAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddInfoGovApi(builder.Configuration, builder.Environment);

var app = builder.Build();

switch (command)
{
    case "print-schema":
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var sdl = schema.Print(new() { StringComparison = StringComparison.Ordinal });
        var target = args.SkipWhile(a => a != "print-schema").Skip(1).FirstOrDefault();
        if (target is null) Console.Write(sdl);
        else File.WriteAllText(target, sdl);
        return 0;
    case "migrate":
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
            await initializer.MigrateAsync();
            if (args.Contains("--seed-demo-data")) await initializer.SeedDemoDataAsync();
        }
        return 0;
    case "token":
        return TokenCommand.Run(args, app.Environment, app.Services, Console.Out, Console.Error);
    case not null:
        Console.Error.WriteLine($"Unknown command '{command}'. Commands: migrate [--seed-demo-data], print-schema [file], token --role <role> [--dept <code>] [--app].");
        return 2;
}

// Build the schema now: it refuses to start with an element that declares no access.
app.Services.GetRequiredService<ISchema>().Initialize();

await using (var scope = app.Services.CreateAsyncScope())
{
    var database = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
    var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
    if (database.MigrateOnStartup) await initializer.MigrateAsync();
    if (database.SeedDemoData) await initializer.SeedDemoDataAsync();
}

app.UseAuthentication();
app.MapGraphQLEndpoint("/graphql");
// Liveness answers while the process runs; readiness also needs the database.
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls) Console.WriteLine($"InfoGov GraphQL API listening on {url}/graphql");
});
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
