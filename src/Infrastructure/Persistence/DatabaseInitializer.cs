using InfoGov.Infrastructure.Calendar;
using InfoGov.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>Applies migrations and, when asked, inserts the demo data into an empty database.</summary>
public sealed class DatabaseInitializer(InfoGovDbContext db, DemoDataSeeder seeder, CalendarOptions calendar, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        logger.LogInformation("Applying {Count} pending migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Publishes the configured calendar years the database lacks (<see cref="CalendarInitialValue"/>).
    /// Not part of migrating, so that a database only migrated stays empty (a copy's target).</summary>
    public async Task PublishInitialCalendarAsync(CancellationToken cancellationToken = default)
    {
        var published = await CalendarInitialValue.PublishAsync(db, calendar, cancellationToken);
        if (published > 0) logger.LogInformation("Published {Count} calendar year(s) from the configuration's initial value", published);
    }

    /// <summary>Idempotent: seeds only when there are no departments yet.</summary>
    public async Task SeedDemoDataAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Departments.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Demo data already present; not seeding.");
            return;
        }
        await seeder.SeedAsync(cancellationToken);
        logger.LogInformation("Demo data seeded.");
    }
}
