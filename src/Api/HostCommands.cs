using GraphQL.Types;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api;

/// <summary>
/// The host's command-line commands: (none) serve the API; <c>migrate [--seed-demo-data]</c> apply
/// migrations and exit; <c>print-schema [file]</c> print the SDL (give an absolute path: "dotnet run"
/// starts in the project directory); <c>token --role R [--dept D] [--app]</c> print a Development token;
/// <c>init-city --office-code C --office-name N --admin-object-id G --admin-name A</c> start an empty
/// database for a city; <c>copy-database --to-provider P --to C</c> copy this database into an empty one.
/// </summary>
public static class HostCommands
{
    /// <summary>The command: the first argument that is neither a host option such as "--urls" nor its value.</summary>
    public static string? CommandOf(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith('-')) return args[i];
            if (!args[i].Contains('=')) i++; // "--urls http://..." : the value is not a command
        }
        return null;
    }

    /// <summary>Runs <paramref name="command"/> and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string command, string[] args, WebApplication app)
    {
        switch (command)
        {
            case "print-schema":
                var sdl = CurrentIntrospection.Print(app.Services.GetRequiredService<ISchema>());
                var target = args.SkipWhile(a => a != "print-schema").Skip(1).FirstOrDefault();
                if (target is null) Console.Write(sdl);
                else await File.WriteAllTextAsync(target, sdl);
                return 0;
            case "migrate":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
                    await initializer.MigrateAsync();
                    if (args.Contains("--seed-demo-data"))
                    {
                        await initializer.SeedDemoDataAsync();
                        await initializer.PublishInitialCalendarAsync();
                    }
                }
                return 0;
            case "init-city":
                return await CityCommand.RunAsync(args, app.Services, Console.Out, Console.Error);
            case "copy-database":
                return await CopyDatabaseCommand.RunAsync(args, app.Services, Console.Out, Console.Error);
            case "token":
                return TokenCommand.Run(args, app.Environment, app.Services, Console.Out, Console.Error);
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{command}'. Commands: migrate [--seed-demo-data], print-schema [file], token --role <role> [--dept <code>] [--app], " +
                    "init-city --office-code <code> --office-name <name> [--office-name-en <name>] --admin-object-id <guid> --admin-name <name>, " +
                    "copy-database --to-provider <PostgreSQL|SqlServer> --to <connection string>.");
                return 2;
        }
    }
}
