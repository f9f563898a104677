using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Calendar;

/// <summary>The published years of the working-day calendar.</summary>
public static class CalendarQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, WorkingDayCalendarYearGraphType>("workingDayCalendars", "The published years of the working-day calendar, latest first.")
            .ReadableBy(Readers.Anyone)
            .ResolveQuery(ctx => ctx.Loaders().Db.Set<CalendarYear>().AsNoTracking().OrderByDescending(y => y.Year));
        query.Field<WorkingDayCalendarYearGraphType>("workingDayCalendar").ReadableBy(Readers.Anyone)
            .Description("One year's working-day calendar; null when the year is not published.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year.")
            .ResolveAsync(async ctx =>
            {
                var year = ctx.GetArgument<int>("year");
                return await ctx.Loaders().Db.Set<CalendarYear>().AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, ctx.CancellationToken);
            });
    }
}
