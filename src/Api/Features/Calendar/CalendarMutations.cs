using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Calendar;

/// <summary>The office publishes each year's working-day calendar, and corrects it.</summary>
public static class CalendarMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<WorkingDayCalendarYearGraphType, PublishWorkingDayCalendarInputGraphType, PublishWorkingDayCalendarInput>("publishWorkingDayCalendar", CalendarReaders.CalendarKeepers,
            "Publishes a year's working-day calendar, or replaces a published year's dates (with its version). Deadlines already set keep their dates.",
            "The year and its dates.", PublishAsync);

    private static Task<Payload> PublishAsync(IResolveFieldContext ctx, PublishWorkingDayCalendarInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(CalendarYear), null, async (scope, ct) =>
        {
            var existing = await scope.Db.Set<CalendarYear>().SingleOrDefaultAsync(y => y.Year == input.Year, ct);
            if (existing is null)
            {
                var year = CalendarYear.Publish(input.Year, input.Holidays, input.MakeUpWorkingDays, input.Source);
                scope.Db.Add(year);
                return new MutationRunner.Change(year, year, $"Published the {year.Year} calendar: {year.Holidays.Count} holidays, {year.MakeUpWorkingDays.Count} make-up working days.");
            }
            if (input.Version is not { } version)
                throw new MutationRefusal(new UserError(UserError.Conflict, $"The {input.Year} calendar is published (version {existing.Version}); send its version to replace it.", "version")
                { CurrentVersion = existing.Version });
            scope.RequireVersion(existing, version);
            existing.Revise(input.Holidays, input.MakeUpWorkingDays, input.Source);
            return new MutationRunner.Change(existing, existing, $"Replaced the {existing.Year} calendar: {existing.Holidays.Count} holidays, {existing.MakeUpWorkingDays.Count} make-up working days.");
        });
}
