using InfoGov.Domain.Common;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api;

/// <summary><c>init-city</c>: the production start of a city (README, "Running it for your city").</summary>
public static class CityCommand
{
    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var officeCode = Option("--office-code");
        var officeName = Option("--office-name");
        var adminName = Option("--admin-name");
        if (officeCode is null || officeName is null || adminName is null || !Guid.TryParse(Option("--admin-object-id"), out var adminObjectId))
        {
            await error.WriteLineAsync("Usage: init-city --office-code <code> --office-name <name> [--office-name-en <name>] --admin-object-id <Entra object id> --admin-name <name>");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        try
        {
            var office = await scope.ServiceProvider.GetRequiredService<CityFounding>()
                .FoundAsync(new(officeCode, officeName, Option("--office-name-en"), adminObjectId, adminName));
            await output.WriteLineAsync($"Started the city: committee office {office.Code} ({office.Name}); {adminName} ({adminObjectId}) is its first administrator (Gov.Admin).");
            await output.WriteLineAsync("Everything else is entered through the API: see README, \"Running it for your city\".");
            return 0;
        }
        catch (RuleViolation refused)
        {
            await error.WriteLineAsync($"{refused.Code}: {refused.Message}");
            return 2;
        }
    }
}
