using InfoGov.Domain.Calendar;
using InfoGov.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>The configured holidays are the calendar's initial value: each year they cover that the database
/// does not have yet is published from them, once. The office maintains every year through the API after that,
/// so a year published there is never overwritten from configuration.</summary>
public static class CalendarInitialValue
{
    public const string Source = "Initial value from the deployment's configuration (Calendar section)";

    public static async Task<int> PublishAsync(InfoGovDbContext db, CalendarOptions options, CancellationToken cancellationToken)
    {
        var years = options.Holidays.Concat(options.MakeUpWorkingDays).Select(d => d.Year).Distinct().ToList();
        var present = await db.Set<CalendarYear>().Where(y => years.Contains(y.Year)).Select(y => y.Year).ToListAsync(cancellationToken);
        var missing = years.Except(present).Order().ToList();
        foreach (var year in missing)
            db.Set<CalendarYear>().Add(CalendarYear.Publish(year, options.Holidays.Where(d => d.Year == year), options.MakeUpWorkingDays.Where(d => d.Year == year), Source));
        if (missing.Count > 0) await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }
}
