using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Calendar;

namespace InfoGov.Api.Features.Calendar;

public sealed class WorkingDayCalendarYearGraphType : ObjectGraphType<CalendarYear>
{
    public WorkingDayCalendarYearGraphType()
    {
        Name = "WorkingDayCalendarYear";
        Description = "One year of the working-day calendar as published: public holidays and make-up working days. Deadlines in working days (the 15-day review, the 10-day sharing answer) are computed from it; a deadline in a year with none is refused with CALENDAR_NOT_PUBLISHED.";
        this.IsNode();
        Field(y => y.Year).Description("The year.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateOnlyGraphType>>>>("holidays").Description("Weekdays that are public holidays, in date order.")
            .Resolve(ctx => ctx.Source.Holidays);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateOnlyGraphType>>>>("makeUpWorkingDays").Description("Weekend days that are working days (调休), in date order.")
            .Resolve(ctx => ctx.Source.MakeUpWorkingDays);
        Field(y => y.Source, nullable: true).Description("Where the dates come from: the published notice, or the deployment's initial configuration.");
        Field(y => y.Version).Description("Optimistic concurrency version, for republishing the year.");
        this.ReadableBy(Readers.Anyone);
    }
}
