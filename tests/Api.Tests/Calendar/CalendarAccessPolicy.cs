using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.Authorization;
using static InfoGov.Api.Tests.Authorization.AccessPolicy;

namespace InfoGov.Api.Tests.Calendar;

/// <summary>Who may read and change what in this feature: DOMAIN.md section 7 written out for the tests (see
/// <see cref="AccessPolicy"/>, which gathers every feature's rules for the access matrix).</summary>
public static class CalendarAccessPolicy
{
    /// <summary>Each year's calendar is published by the office and the platform administrators.</summary>
    private static readonly Rule CalendarKeepers = new(false, [Roles.CommitteeOffice, Roles.Admin], []);

    public static readonly FeatureAccess Rules = new()
    {
        NodeTypes = new()
        {
            ["WorkingDayCalendarYear"] = new(Anyone, Anyone),
        },
        Query = new()
        {
            ["workingDayCalendars"] = Anyone,
            ["workingDayCalendar"] = Anyone,
        },
        QueryArguments = new()
        {
            ["workingDayCalendar"] = "(year: 2027)",
        },
        Mutation = new()
        {
            ["publishWorkingDayCalendar"] = new(CalendarKeepers, "{ year: 1999, holidays: [], makeUpWorkingDays: [] }"),
        },
    };
}
