using InfoGov.Domain.Common;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Leadership;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>
/// A city's production start: a migrated database holding only its committee office and its first platform
/// administrator (by Entra object id). Everything else is entered through the API. Refused on a database
/// that already holds departments, so that it never mixes into a city in use.
/// </summary>
public sealed class CityFounding(InfoGovDbContext db, DatabaseInitializer initializer, TimeProvider time, ILogger<CityFounding> logger)
{
    public sealed record Charter(string OfficeCode, string OfficeName, string? OfficeNameEn, Guid AdminObjectId, string AdminName);

    public async Task<Department> FoundAsync(Charter charter, CancellationToken cancellationToken = default)
    {
        await initializer.MigrateAsync(cancellationToken);
        var existing = await db.Departments.CountAsync(cancellationToken);
        if (existing > 0)
            throw new RuleViolation(RuleViolation.Conflict, $"This database already holds {existing} departments; init-city starts an empty database only.");
        var office = Department.Create(charter.OfficeCode, charter.OfficeName, charter.OfficeNameEn, DepartmentKind.CommitteeOffice, null);
        var admin = PlatformAdministrator.Record(charter.AdminObjectId, charter.AdminName, time.GetUtcNow());
        db.Departments.Add(office);
        db.Set<PlatformAdministrator>().Add(admin);
        await db.SaveChangesAsync(cancellationToken);
        await initializer.PublishInitialCalendarAsync(cancellationToken);
        logger.LogInformation("Founded the city: office {Office}, first administrator {Admin}", office.Code, admin.AccountObjectId);
        return office;
    }
}
