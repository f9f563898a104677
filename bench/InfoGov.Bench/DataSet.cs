using InfoGov.Domain.Budgets;
using InfoGov.Domain.Common;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;
using InfoGov.Infrastructure;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Bench;

/// <summary>
/// The benchmark's database: 50 departments and <c>projects</c> projects in implementation, each with
/// <c>linesPerProject</c> budget lines and three monthly progress reports, written once per size
/// through the application's own model and migrations, on the benchmark's provider.
/// </summary>
public static class DataSet
{
    public const int Departments = 50;
    public const int ReportsPerProject = 3;

    public static string CodeOf(int index) => $"XM-B-{index:000000}";

    /// <summary>The name of the data set of this size, generated first when it does not exist.</summary>
    public static async Task<string> EnsureAsync(BenchDatabase database, int projects, int linesPerProject)
    {
        var name = $"bench_{projects}_{linesPerProject}";
        if (await database.ExistsAsync(name))
        {
            // A data set generated before the latest migrations gets them, as any database in use does.
            await using var existing = Services(database, name);
            await using var scope = existing.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<InfoGovDbContext>().Database.MigrateAsync();
            return name;
        }
        var building = name + "_building";
        Console.WriteLine($"Generating {projects:N0} projects, {projects * linesPerProject:N0} budget lines into {database.ConnectionString(name)} ...");
        var started = DateTime.UtcNow;

        await using (var services = Services(database, building))
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
                await db.Database.EnsureDeletedAsync(); // what an interrupted generation left
                await db.Database.MigrateAsync();
            }
            await GenerateAsync(services, projects, linesPerProject);
        }
        await database.CompleteAsync(building, name);
        Console.WriteLine($"\r  done in {(DateTime.UtcNow - started).TotalSeconds:N0} s.        ");
        return name;
    }

    private static ServiceProvider Services(BenchDatabase database, string name) =>
        new ServiceCollection().AddInfrastructure(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:InfoGov"] = database.ConnectionString(name),
        }).Build()).BuildServiceProvider();

    private static async Task GenerateAsync(ServiceProvider services, int projects, int linesPerProject)
    {

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
    }

    /// <summary>(code, id) of every generated project.</summary>
    public static async Task<List<(string Code, Guid Id)>> ProjectIdsAsync(BenchDatabase database, string name)
    {
        await using var services = Services(database, name);
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
