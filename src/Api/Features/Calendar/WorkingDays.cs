using InfoGov.Api.Engine.Mutations;
using InfoGov.Domain.Calendar;
using InfoGov.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Calendar;

/// <summary>The working-day calendar a mutation computes deadlines with: every published year, read in the
/// mutation's own unit of work (a handful of rows), so that a year published a moment ago on any instance counts.</summary>
public static class WorkingDays
{
    public static async Task<WorkingDayCalendar> CalendarAsync(this MutationScope scope, CancellationToken cancellationToken) =>
        WorkingDayCalendar.Of(await scope.Db.Set<CalendarYear>().AsNoTracking().ToListAsync(cancellationToken));
}
