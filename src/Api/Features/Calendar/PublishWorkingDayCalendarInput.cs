using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Calendar;

/// <summary>Input of <c>publishWorkingDayCalendar</c>.</summary>
public sealed record PublishWorkingDayCalendarInput(int Year, List<DateOnly> Holidays, List<DateOnly> MakeUpWorkingDays, string? Source, int? Version);

public sealed class PublishWorkingDayCalendarInputGraphType : InputObjectGraphType<PublishWorkingDayCalendarInput>
{
    public PublishWorkingDayCalendarInputGraphType()
    {
        Name = "PublishWorkingDayCalendarInput";
        Description = "A year's public holidays and make-up working days, as the government's notice gives them.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year, 2000 to 2100.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateOnlyGraphType>>>>("holidays").Description("Weekdays that are public holidays; each within the year.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateOnlyGraphType>>>>("makeUpWorkingDays").Description("Saturdays and Sundays that are working days; each within the year.");
        Field<StringGraphType>("source").Description("The notice the dates come from, at most 200 characters.");
        Field<IntGraphType>("version").Description("Required to replace a year already published: the version the correction is based on.");
        this.ReadableBy(Access.Inherited);
    }
}
