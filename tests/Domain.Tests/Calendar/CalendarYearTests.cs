using InfoGov.Domain.Calendar;
using InfoGov.Domain.Common;

namespace InfoGov.Domain.Tests.Calendar;

public sealed class CalendarYearTests
{
    [Fact]
    public void A_holiday_outside_the_year_or_a_weekday_make_up_day_is_refused()
    {
        Assert.Equal("holidays", Assert.Throws<RuleViolation>(() => CalendarYear.Publish(2027, [new(2026, 12, 31)], [], null)).Field);
        // 4 January 2027 is a Monday: a working day already.
        Assert.Equal("makeUpWorkingDays", Assert.Throws<RuleViolation>(() => CalendarYear.Publish(2027, [], [new(2027, 1, 4)], null)).Field);
        Assert.Throws<RuleViolation>(() => CalendarYear.Publish(2027, [new(2027, 1, 1), new(2027, 1, 1)], [], null));
    }

    [Fact]
    public void A_deadline_running_into_an_unpublished_year_is_refused_not_guessed()
    {
        var calendar = WorkingDayCalendar.Of([CalendarYear.Publish(2026, [], [], null)]);
        Assert.Equal(new DateOnly(2026, 12, 14), calendar.AddWorkingDays(new DateOnly(2026, 12, 7), 5));
        Assert.Equal(RuleViolation.CalendarNotPublished, Assert.Throws<RuleViolation>(() => calendar.AddWorkingDays(new DateOnly(2026, 12, 24), 15)).Code);

        var both = WorkingDayCalendar.Of([CalendarYear.Publish(2026, [], [], null), CalendarYear.Publish(2027, [new(2027, 1, 1)], [], null)]);
        Assert.Equal(new DateOnly(2027, 1, 15), both.AddWorkingDays(new DateOnly(2026, 12, 24), 15));
    }
}
