using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api;

/// <summary><c>copy-database</c>: copies the configured database into an empty, migrated database of another
/// provider and prints each table's rows on both sides (README, "Moving to PostgreSQL or SQL Server").</summary>
public static class CopyDatabaseCommand
{
    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        if (!Enum.TryParse<DatabaseProvider>(Option("--to-provider"), ignoreCase: true, out var provider) || Option("--to") is not { Length: > 0 } connectionString)
        {
            await error.WriteLineAsync("Usage: copy-database --to-provider <PostgreSQL|SqlServer|Sqlite> --to <connection string of an empty, migrated database>");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        await using var target = DatabaseCopy.Open(provider, connectionString);
        try
        {
            var counts = await scope.ServiceProvider.GetRequiredService<DatabaseCopy>().CopyToAsync(target);
            var width = counts.Max(c => c.Table.Length);
            await output.WriteLineAsync($"{"table".PadRight(width)}  {"source",10}  {"target",10}");
            foreach (var count in counts) await output.WriteLineAsync($"{count.Table.PadRight(width)}  {count.Source,10}  {count.Target,10}{(count.Source == count.Target ? "" : "  DIFFERS")}");
            var differing = counts.Count(c => c.Source != c.Target);
            await output.WriteLineAsync(differing == 0 ? $"Copied {counts.Sum(c => c.Source):N0} rows in {counts.Count} tables." : $"{differing} tables differ.");
            return differing == 0 ? 0 : 1;
        }
        catch (DatabaseCopy.Refused refused)
        {
            await error.WriteLineAsync(refused.Message);
            return 2;
        }
    }
}
