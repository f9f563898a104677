using InfoGov.Domain.Budgets;
using InfoGov.Domain.Common;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;
using InfoGov.Infrastructure;
using InfoGov.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Bench;

/// <summary>
/// The benchmark's database: 50 departments and <c>projects</c> projects in implementation, each with
/// <c>linesPerProject</c> budget lines and three monthly progress reports, written once to a SQLite file
/// through the application's own model and migrations.
/// </summary>
public static class DataSet
{
    public const int Departments = 50;
    public const int ReportsPerProject = 3;

    public static string CodeOf(int index) => $"XM-B-{index:000000}";

    public static async Task<string> EnsureAsync(string directory, int projects, int linesPerProject)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, $"bench-{projects}-{linesPerProject}.db"));
        if (File.Exists(path)) return path;
        var building = path + ".building";
        File.Delete(building);
        Console.WriteLine($"Generating {projects:N0} projects, {projects * linesPerProject:N0} budget lines into {path} ...");
        var started = DateTime.UtcNow;

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:InfoGov"] = $"Data Source={building}",
        }).Build();
        await using var services = new ServiceCollection().AddInfrastructure(configuration).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<InfoGovDbContext>().Database.MigrateAsync();

        var departments = Enumerable.Range(1, Departments).Select(i => new Department { Code = $"D{i:00}", Name = $"部门 {i}", Kind = DepartmentKind.Bureau }).ToList();
        await SaveAsync(services, departments);

        var calendar = new WorkingDayCalendar([], []);
        var at = new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);
        const int chunk = 2_000;
        for (var first = 0; first < projects; first += chunk)
        {
            var rows = new List<object>();
            for (var i = first; i < Math.Min(projects, first + chunk); i++)
            {
                var budget = 200_000m + (i % 40) * 25_000m;
                var project = new Project
                {
                    Code = CodeOf(i),
                    Name = $"基准项目 {i}",
                    OwnerDepartmentId = departments[i % Departments].Id,
                    Level = ProjectLevel.Departmental,
                    FundingCategory = FundingCategory.Funded,
                    FeasibilityStudyReference = $"FS-{i}",
                    CurrentPlan = new ProjectPlan
                    {
                        Scope = "Benchmark scope: a departmental system on the government cloud.",
                        Budget = Money.Cny(budget),
                        StartOn = new DateOnly(2026, 2, 1),
                        DueOn = new DateOnly(2027, 6, 30),
                    },
                };
                project.Submit("bench", at, DateOnly.FromDateTime(at.UtcDateTime), calendar);
                project.MoveTo(ProjectStatus.UnderReview, "bench", at);
                project.Approve("bench", at);
                project.StartImplementation("bench", at, new DateOnly(2026, 2, 1));
                project.Publish(true);
                rows.Add(project);
                for (var line = 0; line < linesPerProject; line++)
                    rows.Add(new BudgetLine { ProjectId = project.Id, FiscalYear = 2022 + line, Amount = Money.Cny(Math.Round(budget / linesPerProject, 2)) });
                for (var month = 0; month < ReportsPerProject; month++)
                    rows.Add(new ProgressReport
                    {
                        ProjectId = project.Id,
                        Month = new DateOnly(2026, 8 + month, 1),
                        ProgressPercent = 20 + month * 10 + i % 10,
                        SpendToDate = Money.Cny(Math.Round(budget * (0.2m + month * 0.1m), 2)),
                        SubmittedAt = at.AddMonths(7 + month),
                    });
            }
            await SaveAsync(services, rows);
            Console.Write($"\r  {Math.Min(projects, first + chunk):N0} projects");
        }
        // Fold the write-ahead log into the file before it is renamed: a log left beside the old name is lost.
        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<InfoGovDbContext>().Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        SqliteConnection.ClearAllPools();
        foreach (var leftover in new[] { "-wal", "-shm" }) File.Delete(building + leftover);
        Console.WriteLine($"\r  done in {(DateTime.UtcNow - started).TotalSeconds:N0} s.        ");
        File.Move(building, path);
        return path;
    }

    /// <summary>(code, id) of every generated project.</summary>
    public static async Task<List<(string Code, Guid Id)>> ProjectIdsAsync(string path)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:InfoGov"] = $"Data Source={path}",
        }).Build();
        await using var services = new ServiceCollection().AddInfrastructure(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<InfoGovDbContext>().Projects.AsNoTracking().Select(p => new { p.Code, p.Id }).ToListAsync();
        return rows.Select(r => (r.Code, r.Id)).ToList();
    }

    private static async Task SaveAsync(IServiceProvider services, IEnumerable<object> rows)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(rows);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
    }
}
