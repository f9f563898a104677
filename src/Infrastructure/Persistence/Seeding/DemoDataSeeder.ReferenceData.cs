using InfoGov.Domain.Calendar;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    /// <summary>Next year's calendar (the configuration covers the years up to the reference day's) and
    /// the rural programme's structured targets. Drawn after everything else, without the seeded random
    /// ids, so that the rest of the demo data keeps the ids it always had.</summary>
    private void SeedReferenceData()
    {
        // Only the fixed-date holidays: a real city publishes the notice's dates with publishWorkingDayCalendar.
        var next = ReferenceDate.Year + 1;
        db.Set<CalendarYear>().Add(CalendarYear.Publish(next,
            new DateOnly[] { new(next, 1, 1), new(next, 5, 1), new(next, 10, 1), new(next, 10, 2), new(next, 10, 3) }
                .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)),
            [], "Demo data: the fixed-date public holidays only"));

        var rural = _programmes["RURAL"];
        foreach (var year in new[] { ReferenceDate.Year, next })
        {
            db.Set<Domain.Departments.ProgrammeTarget>().Add(rural.SetTarget(year, "demonstration town", 3, "2 to 3 a year", null));
            db.Set<Domain.Departments.ProgrammeTarget>().Add(rural.SetTarget(year, "demonstration village", 15, null, null));
        }
    }
}
